import type { Transferable, Worker } from 'node:worker_threads';
import { z } from 'zod';
import { AppError, type ErrorInfo } from '../../../shared/errors';
import type { ReplyEnvelope, RequestEnvelope } from './protocol';
import { startThread } from './start-thread';

export interface TypedWorkerOptions {
  /** Names the worker in its errors ('pdf', 'import'). */
  name: string;
  /** A built entry (.cjs), or a TypeScript source started through tsx. */
  entry: string;
  workerData?: unknown;
  /**
   * How long a request may wait for its answer; each progress message starts the wait again, so for a worker that
   * reports progress this is an inactivity timeout rather than a limit on the whole job.
   */
  timeoutMs: number;
}

export interface RequestOptions<Progress> {
  onProgress?: (update: Progress) => void;
  /** What to move to the thread rather than copy. */
  transfer?: readonly Transferable[];
}

interface Pending<Result, Progress> {
  resolve(result: Result): void;
  reject(error: Error): void;
  onProgress?: (update: Progress) => void;
  timer?: NodeJS.Timeout;
}

interface Thread<Result, Progress> {
  worker: Worker;
  pending: Map<number, Pending<Result, Progress>>;
}

const replySchema = z.discriminatedUnion('type', [
  z.object({ id: z.number(), type: z.literal('progress'), progress: z.unknown() }),
  z.object({ id: z.number(), type: z.literal('result'), result: z.unknown() }),
  z.object({
    id: z.number(),
    type: z.literal('error'),
    error: z.object({
      code: z.string(),
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      details: z.unknown().optional(),
    }),
  }),
]);

/**
 * Main's side of one worker thread that answers typed requests (serve.ts is the thread's side). The thread starts at
 * the first request and again after it exited, crashed or was stopped for not answering: a fault fails the requests
 * it held (WORKER_EXITED, WORKER_CRASHED, WORKER_TIMEOUT), never a later one. An idle thread never keeps the process
 * alive.
 */
export class TypedWorker<Request, Result, Progress = never> {
  private thread: Thread<Result, Progress> | null = null;
  private nextId = 1;

  constructor(private readonly options: TypedWorkerOptions) {}

  request(request: Request, options: RequestOptions<Progress> = {}): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      let thread: Thread<Result, Progress>;
      try {
        thread = this.running();
      } catch (error) {
        reject(this.crashed(error));
        return;
      }
      const id = this.nextId++;
      thread.pending.set(id, { resolve, reject, onProgress: options.onProgress });
      this.startTimer(thread, id);
      thread.worker.ref();
      const envelope: RequestEnvelope<Request> = { id, request };
      try {
        thread.worker.postMessage(envelope, options.transfer);
      } catch (error) {
        // A request that cannot be cloned never reached the thread, which stays healthy.
        this.settle(thread, id)?.reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Stops the thread; requests it held reject with WORKER_EXITED. A later request would start a new thread. */
  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.worker.terminate();
  }

  private running(): Thread<Result, Progress> {
    if (this.thread) return this.thread;
    const thread: Thread<Result, Progress> = { worker: startThread(this.options.entry, this.options.workerData), pending: new Map() };
    // Referenced only while a request waits (request, settle).
    thread.worker.unref();
    thread.worker.on('message', (message: unknown) => this.receive(thread, message));
    thread.worker.on('error', (error) => this.fail(thread, this.crashed(error)));
    thread.worker.on('messageerror', (error) => this.fail(thread, this.crashed(error)));
    thread.worker.on('exit', (exitCode) => this.fail(thread, new AppError('WORKER_EXITED', { worker: this.options.name, exitCode })));
    this.thread = thread;
    return thread;
  }

  private receive(thread: Thread<Result, Progress>, message: unknown): void {
    const parsed = replySchema.safeParse(message);
    if (!parsed.success) {
      this.fail(thread, this.crashed(new Error(`unexpected message: ${parsed.error.message}`)));
      return;
    }
    const reply = parsed.data as ReplyEnvelope<Result, Progress>;
    if (reply.type === 'progress') {
      const waiting = thread.pending.get(reply.id);
      if (!waiting) return;
      this.startTimer(thread, reply.id);
      try {
        waiting.onProgress?.(reply.progress);
      } catch (error) {
        // The caller's own listener failed: that request ends here, its later answer is dropped.
        this.settle(thread, reply.id)?.reject(error instanceof Error ? error : new Error(String(error)));
      }
    } else if (reply.type === 'result') this.settle(thread, reply.id)?.resolve(reply.result);
    else this.settle(thread, reply.id)?.reject(appErrorFrom(reply.error));
  }

  /** (Re)starts the request's wait: on the request and on each of its progress messages. */
  private startTimer(thread: Thread<Result, Progress>, id: number): void {
    const waiting = thread.pending.get(id);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    waiting.timer = setTimeout(() => this.timedOut(thread), this.options.timeoutMs);
    // The referenced worker keeps the process alive while it is waited for; the timer need not.
    waiting.timer.unref();
  }

  /** A thread that does not answer in time may be stuck in a loop: every request it holds fails and it is replaced. */
  private timedOut(thread: Thread<Result, Progress>): void {
    const seconds = Math.round(this.options.timeoutMs / 100) / 10;
    this.fail(thread, new AppError('WORKER_TIMEOUT', { worker: this.options.name, seconds }));
  }

  /** The thread is done with (exited, crashed, stuck): its requests fail with `error`, the next request starts a new one. */
  private fail(thread: Thread<Result, Progress>, error: AppError): void {
    if (this.thread === thread) this.thread = null;
    for (const id of [...thread.pending.keys()]) this.settle(thread, id)?.reject(error);
    // Harmless on a thread that already exited; ends one that is stuck or sent what it should not.
    void thread.worker.terminate();
  }

  /** Takes the request out of its thread's list; once nothing waits, the thread no longer holds the process open. */
  private settle(thread: Thread<Result, Progress>, id: number): Pending<Result, Progress> | undefined {
    const waiting = thread.pending.get(id);
    if (!waiting) return undefined;
    clearTimeout(waiting.timer);
    thread.pending.delete(id);
    if (thread.pending.size === 0) thread.worker.unref();
    return waiting;
  }

  private crashed(error: unknown): AppError {
    return new AppError('WORKER_CRASHED', { worker: this.options.name, reason: error instanceof Error ? error.message : String(error) });
  }
}

/** The thread's error as main's AppError: registry form when it carried parameters, else its ready-made sentence. */
function appErrorFrom(info: ErrorInfo): AppError {
  return AppError.fromInfo(info);
}
