import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface KilledRun {
  /** Complete stdout lines the child wrote before it died (a torn last line is dropped). */
  lines: string[];
  /** 'SIGKILL' when our kill ended it; anything else means the child died on its own (a finding in itself). */
  signal: NodeJS.Signals | null;
  exitCode: number | null;
  stderr: string;
}

const TSX = ['--import', 'tsx'];

/**
 * Runs a TypeScript child (through tsx) and kills it with SIGKILL: `afterReady` ms after it printed READY, or, when
 * `fromSpawn` is set, that many ms after it was started (which can land in start-up: opening, WAL recovery, checks).
 */
export function runAndKill(
  script: string,
  args: string[],
  when: { afterReady: number } | { fromSpawn: number },
  env: NodeJS.ProcessEnv = {},
  onReady?: () => void,
): Promise<KilledRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...TSX, resolve(script), ...args], {
      cwd: resolve(import.meta.dirname, '../../..'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if ('fromSpawn' in when) timer = setTimeout(kill, when.fromSpawn);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if ('afterReady' in when && !timer && stdout.includes('READY')) {
        onReady?.();
        timer = setTimeout(kill, when.afterReady);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    // A child that never gets ready would hang the suite: kill it anyway after 30 s.
    const watchdog = setTimeout(kill, 30_000);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      const lines = stdout.split('\n');
      lines.pop();
      done({ lines, signal, exitCode, stderr });
    });
  });
}
