import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp';

// The installed command (package.json "bin") in a real child process.
const bin = resolve(import.meta.dirname, '../../../bin/skill-inspector.mjs');
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('skill-inspector bin', () => {
  it('prints help and runs db migrate / db check with exit codes', () => {
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toContain('skill-inspector');
    const file = temp.file('x.sqlite');
    const migrate = spawnSync(process.execPath, [bin, 'db', 'migrate', '--db', file, '--json'], { encoding: 'utf8' });
    expect(migrate.status).toBe(0);
    expect(JSON.parse(migrate.stdout)).toMatchObject({ created: true });
    const check = spawnSync(process.execPath, [bin, 'db', 'check', '--db', file], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    // A path where no file is: a usage error (exit 2), not a damaged database (exit 1).
    const missing = spawnSync(process.execPath, [bin, 'db', 'check', '--db', temp.file('missing.sqlite')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('DB_FILE_MISSING');
  });

  it('answers an unknown command with exit 2', () => {
    expect(spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8' }).status).toBe(2);
  });
});
