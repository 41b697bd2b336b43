import { spawnSync } from 'node:child_process';

/** qpdf is a CI dependency (.ci/run); a machine without it skips the structure checks and says why. */
export const qpdfInstalled = spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).status === 0;

/** `qpdf --check`: exit 0 means no errors and no warnings (3 = warnings, 2 = errors). */
export function qpdfCheck(file: string): { code: number | null; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}
