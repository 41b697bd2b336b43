import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Generated reports live in <dataDir>/reports; reports:sign and reports:verify only ever open files there. */
export function reportsDir(dataDir: string): string {
  const dir = join(dataDir, 'reports');
  mkdirSync(dir, { recursive: true });
  return dir;
}
