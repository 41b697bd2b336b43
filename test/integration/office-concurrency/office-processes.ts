import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OfficeProcessInput, OfficeProcessOutput, OfficeTask } from './office-process';

const script = resolve(import.meta.dirname, 'office-process.ts');
const root = resolve(import.meta.dirname, '../../..');

export interface ProcessRun {
  output: OfficeProcessOutput;
  exitCode: number | null;
  stderr: string;
}

interface Started {
  ready: Promise<void>;
  done: Promise<ProcessRun>;
  /** Resolves when the process prints `line` on stderr (a crash point). */
  saw(line: string): Promise<void>;
}

function startProcess(input: OfficeProcessInput, env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(input)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const watchers: { line: string; resolve: () => void }[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((done) => (markReady = done));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('READY\n')) markReady();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const watcher of watchers) if (stderr.includes(watcher.line)) watcher.resolve();
  });
  const done = new Promise<ProcessRun>((finish) =>
    child.on('close', (exitCode) => {
      markReady();
      const last = stdout.trim().split('\n').pop() ?? '';
      let output: OfficeProcessOutput;
      try {
        output = JSON.parse(last) as OfficeProcessOutput;
      } catch {
        output = { ok: false, code: null, message: `no result (exit ${exitCode}): ${stderr.slice(-2000)}` };
      }
      finish({ output, exitCode, stderr });
    }),
  );
  return {
    ready,
    done,
    saw: (line) => new Promise<void>((seen) => (stderr.includes(line) ? seen() : watchers.push({ line, resolve: seen }))),
  };
}

/**
 * Runs each task in its own office process on the store at `location`, all released at the same moment once every
 * one has opened the store and unlocked the office keys; resolves with their outcomes in task order.
 */
export async function runOfficeProcesses(
  location: string,
  passphrase: string,
  goFile: string,
  tasks: readonly OfficeTask[],
  env: Record<string, string> = {},
): Promise<ProcessRun[]> {
  const started = tasks.map((task) => startProcess({ location, passphrase, goFile, task }, env));
  await Promise.all(started.map((s) => s.ready));
  writeFileSync(goFile, 'go');
  return Promise.all(started.map((s) => s.done));
}

/** One office process started now, released at once; for tests that act on it while it runs. */
export function startOfficeProcess(
  location: string,
  passphrase: string,
  goFile: string,
  task: OfficeTask,
  env: Record<string, string> = {},
): Started {
  writeFileSync(goFile, 'go');
  return startProcess({ location, passphrase, goFile, task }, env);
}
