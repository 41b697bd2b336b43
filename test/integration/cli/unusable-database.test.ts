import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorText } from '../../../shared/errors';
import { runCliCaptured } from '../../support/cli';
import { makeTempDir } from '../../support/temp';

// A --db that names the wrong kind of file or one that cannot be written is an input problem (exit 2) with its own
// code, not "damaged" and not "internal error" (issue 19, point 14).
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const listCommands = [
  ['institutions', 'list'],
  ['inspections', 'list'],
  ['audit', 'verify'],
];

describe('a text file passed as --db', () => {
  for (const command of listCommands) {
    it(`${command.join(' ')}: exit 2, DB_NOT_A_DATABASE`, async () => {
      const db = temp.file('notes.txt');
      writeFileSync(db, '这是一个文本文件，不是数据库。\n'.repeat(200));
      const result = await runCliCaptured([...command, '--db', db]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(`[DB_NOT_A_DATABASE]: ${errorText('DB_NOT_A_DATABASE', { path: db })}`);
      expect(result.stderr).not.toContain('内部错误');
    });
  }
});

// Root ignores file permissions, so chmod 444 makes nothing read-only for it: as root the file is made immutable
// (chattr +i, which binds root too); where neither works the test is skipped (the mapping itself is covered by
// test/unit/electron/sqlite-error-mapping.test.ts).
const runningAsRoot = process.getuid?.() === 0;
function makeUnwritable(file: string): (() => void) | null {
  if (!runningAsRoot) {
    chmodSync(file, 0o444);
    return () => chmodSync(file, 0o644);
  }
  const set = spawnSync('chattr', ['+i', file]);
  return set.status === 0 ? () => spawnSync('chattr', ['-i', file]) : null;
}

describe('a read-only database file', () => {
  it('import: exit 2, DB_READ_ONLY, not DB_DAMAGED', async ({ skip }) => {
    const db = temp.file('held.sqlite');
    expect((await runCliCaptured(['db', 'migrate', '--db', db])).code).toBe(0);
    const restore = makeUnwritable(db);
    if (!restore) return skip('running as root where chattr +i is not available: root ignores chmod 444');
    try {
      const result = await runCliCaptured(['import', 'institutions', 'test/fixtures/import/institutions-gbk.csv', '--db', db]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(`[DB_READ_ONLY]: ${errorText('DB_READ_ONLY', { path: db })}`);
      expect(result.stderr).not.toContain('DB_DAMAGED');
    } finally {
      restore();
    }
  });
});
