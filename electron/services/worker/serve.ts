import type { MessagePort, Transferable } from 'node:worker_threads';
import { AppError, isAppError, type ErrorInfo } from '../../../shared/errors';
import type { ReplyEnvelope, RequestEnvelope } from './protocol';

/** Does one request; `progress` may be called any number of times before the result. */
export type RequestHandler<Request, Result, Progress> = (request: Request, progress: (update: Progress) => void) => Promise<Result> | Result;

export interface ServeOptions<Result> {
  /** Registry code for a failure that is not an AppError; the error's message becomes its `reason` parameter. */
  failureCode: string;
  /** What to move to main rather than copy (e.g. a PDF's ArrayBuffer). */
  transferOf?: (result: Result) => Transferable[];
  /** Runs after each answer went back (the PDF worker stores its compiled code after the first). */
  afterReply?: () => void;
}

/**
 * The thread side of typed-worker.ts: answers each request on `port` with its id. Kept free of zod and of anything
 * heavy, since it is bundled into workers whose cold start counts.
 */
export function serveRequests<Request, Result, Progress = never>(
  port: MessagePort,
  handle: RequestHandler<Request, Result, Progress>,
  options: ServeOptions<Result>,
): void {
  const post = (reply: ReplyEnvelope<Result, Progress>, transfer: Transferable[] = []) => port.postMessage(reply, transfer);
  const fail = (id: number, error: unknown) => post({ id, type: 'error', error: errorInfo(error, options.failureCode) });
  port.on('message', ({ id, request }: RequestEnvelope<Request>) => {
    void Promise.resolve()
      .then(() => handle(request, (progress) => post({ id, type: 'progress', progress })))
      .then(
        (result) => {
          try {
            post({ id, type: 'result', result }, options.transferOf?.(result));
          } catch (error) {
            // A result that cannot be cloned must still answer the request, or main waits for its timeout.
            fail(id, error);
          }
        },
        (error: unknown) => fail(id, error),
      )
      .then(() => options.afterReply?.());
  });
}

function errorInfo(error: unknown, failureCode: string): ErrorInfo {
  if (isAppError(error)) return error.toInfo();
  return new AppError(failureCode, { reason: error instanceof Error ? error.message : String(error) }).toInfo();
}
