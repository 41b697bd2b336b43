import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp';

// The installed command finds the report fonts beside its own files, wherever it is run from.
const bin = resolve(import.meta.dirname, '../../../bin/skill-inspector.mjs');
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('skill-inspector run outside the checkout', () => {
  it('makes a blank form PDF with its Chinese text from a working directory elsewhere', () => {
    const env = { ...process.env };
    delete env.SKILL_INSPECTOR_FONT_DIR;
    const out = temp.file('blank.pdf');
    const run = spawnSync(process.execPath, [bin, 'report', '--kind', 'blank', '--template', 'shanxi-renewal-2023', '--out', out], {
      cwd: temp.dir,
      env,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const text = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('评估');
  }, 60_000);
});
