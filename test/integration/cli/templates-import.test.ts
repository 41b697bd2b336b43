import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { templateHash, type Template } from '../../../shared/domain/templates';
import { getTemplate } from '../../../shared/domain/templates/registry';
import { runCliCaptured } from '../../support/cli';
import { dumpDatabase } from '../../support/dump';
import { makeTempDir } from '../../support/temp';

const shanxiRenewal2023 = getTemplate('shanxi-renewal-2023');

const NEXT_FILE = 'test/fixtures/forms/shanxi-renewal-2023.v2023.2.json';
const ANSWERS = 'test/fixtures/answers/shanxi-renewal-2023.example.json';
const next = JSON.parse(readFileSync(NEXT_FILE, 'utf8')) as Template;

let temp: ReturnType<typeof makeTempDir>;
let db: string;
beforeEach(() => {
  temp = makeTempDir();
  db = temp.file('office.sqlite');
  openDatabase(db, { create: true }).db.close();
});
afterEach(() => temp.cleanup());

function dumpOf(file: string): string {
  const { db: handle } = openDatabase(file);
  try {
    return dumpDatabase(handle);
  } finally {
    handle.close();
  }
}

describe('templates import / list', () => {
  it('imports a new version once; the same file again is alreadyPresent and changes nothing', async () => {
    const first = await runCliCaptured(['templates', 'import', NEXT_FILE, '--db', db, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ id: next.id, version: '2023.2', hash: templateHash(next), status: 'added' });
    const after = dumpOf(db);
    const again = await runCliCaptured(['templates', 'import', NEXT_FILE, '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`${next.id}  v2023.2  ${templateHash(next)}  已存在（未改动）`);
    expect(dumpOf(db)).toBe(after);

    const list = await runCliCaptured(['templates', 'list', '--db', db, '--json']);
    expect(list.code, list.stderr).toBe(0);
    const rows = JSON.parse(list.stdout) as { id: string; version: string; hash: string; origin: string; current: boolean }[];
    expect(rows.filter((r) => r.id === next.id).map((r) => [r.version, r.origin, r.current, r.hash])).toEqual([
      ['2023.1', 'builtin', false, templateHash(shanxiRenewal2023)],
      ['2023.2', 'imported', true, templateHash(next)],
    ]);
    const text = await runCliCaptured(['templates', 'list', '--db', db]);
    expect(text.stdout).toContain(`${next.id}  v2023.2  ${templateHash(next).slice(0, 12)}  导入  当前`);
  });

  it('refuses another content under a published version with exit 2, storing nothing', async () => {
    const changed = temp.file('changed.json');
    writeFileSync(changed, JSON.stringify({ ...shanxiRenewal2023, title: '改过的标题' }));
    const before = dumpOf(db);
    const result = await runCliCaptured(['templates', 'import', changed, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[TEMPLATE_VERSION_TAKEN]');
    expect(result.stderr).toContain('修改后的评估表须使用新的版本号');
    expect(dumpOf(db)).toBe(before);
  });

  it('lists every problem of a form with errors, exit 2, storing nothing', async () => {
    const broken = temp.file('broken.json');
    const form = structuredClone(next);
    form.version = '2023.3';
    const firstGroup = form.sections[0]?.groups[0];
    if (!firstGroup?.items[0]) throw new Error('fixture shape');
    firstGroup.items.push(structuredClone(firstGroup.items[0]));
    form.sections[1]!.id = form.sections[0]!.id;
    writeFileSync(broken, JSON.stringify(form));
    const before = dumpOf(db);
    const result = await runCliCaptured(['templates', 'import', broken, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr.match(/错误 \[FORM_DUPLICATE_ID\]/g)?.length).toBeGreaterThanOrEqual(2);
    expect(dumpOf(db)).toBe(before);
  });
});

describe('score --template-file', () => {
  it('scores answers against a form file without a database, as the built-in form with the same content', async () => {
    const builtinFile = temp.file('builtin.json');
    writeFileSync(builtinFile, JSON.stringify(shanxiRenewal2023));
    const fromFile = await runCliCaptured(['score', '--template-file', builtinFile, '--answers', ANSWERS, '--json']);
    const builtin = await runCliCaptured(['score', '--template', shanxiRenewal2023.id, '--answers', ANSWERS, '--json']);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toBe(builtin.stdout);
  });

  it('needs exactly one of --template and --template-file', async () => {
    const neither = await runCliCaptured(['score', '--answers', ANSWERS]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--template-file');
  });
});
