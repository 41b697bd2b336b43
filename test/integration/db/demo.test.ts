import type { Database } from '../../../db/engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData, DEMO_SEED } from '../../../db/demo/generate';
import { YANGQUAN_FILINGS } from '../../../db/demo/yangquan-list';
import { openDatabase } from '../../../db/open';
import { isDemoDatabase } from '../../../db/repositories/app-meta';
import { insertInstitution } from '../../../db/repositories/institutions';
import { dispatch } from '../../../electron/handlers/dispatch';
import { onFirstLaunch } from '../../../electron/main/first-launch';
import { validateIdCardNumber, validateUscc, validateOccupationCode } from '../../../shared/domain/validation';
import { runCliCaptured } from '../../support/cli';
import { makeTestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

function freshDemo(name: string): Database {
  const { db } = openDatabase(temp.file(name), { create: true });
  createDemoData(db);
  return db;
}

// 004 附件1 as published: kind, name, filing year per row.
const PUBLISHED = `自主评价企业 阳泉市热力有限责任公司 2020
自主评价企业 山西晋孟煤业集团有限公司 2020
自主评价企业 阳泉木子管家家政服务有限公司 2020
自主评价企业 阳泉市元承建业工程有限公司 2020
自主评价院校 阳泉职业技术学院院校 2020
自主评价院校 平定县高级职业中学校院校 2020
自主评价院校 阳泉市郊区职业高级中学校院校 2021
社会培训评价组织 阳泉市热力有限责任公司企业 2020
社会培训评价组织 阳泉市非凡职业培训学校 2020
社会培训评价组织 阳泉市英英职业培训学校 2020
社会培训评价组织 山西竹林听雨茶文化传播有限公司 2020
社会培训评价组织 阳泉怡美安护健康管理服务中心 2020
社会培训评价组织 阳泉市美容美发行业协会 2020
社会培训评价组织 阳泉市承悦职业培训学校 2020
社会培训评价组织 阳泉木子管家家政服务有限公司企业 2021
社会培训评价组织 阳泉职业技术学院院校 2021
社会培训评价组织 平定县高级职业中学校院校 2021
社会培训评价组织 阳泉市郊区职业高级中学校院校 2021
社会培训评价组织 阳泉市郊区蓝领职业培训学校 2021
社会培训评价组织 山西慧管企业管理咨询中心 2021
社会培训评价组织 阳泉恒得评价人力资源有限公司 2021`;

const KIND_LABEL = { enterprise: '自主评价企业', college: '自主评价院校', socialOrg: '社会培训评价组织' } as const;

describe('demo data (演示数据)', () => {
  it('R-INS-01 holds the 21 filings of the Yangquan list with names, kinds and years exactly as published', () => {
    const db = freshDemo('demo.sqlite');
    const rows = db.prepare('SELECT kind, listed_name AS name, filing_year AS year FROM filings ORDER BY id').all() as {
      kind: keyof typeof KIND_LABEL;
      name: string;
      year: number;
    }[];
    expect(rows.map((r) => `${KIND_LABEL[r.kind]} ${r.name} ${r.year}`).join('\n')).toBe(PUBLISHED);
    expect(YANGQUAN_FILINGS.map((f) => f.serial)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    db.close();
  });

  it('R-INS-01 maps the 21 filings onto 16 legal entities; repeated names share one USCC and drop the 企业/院校 suffix', () => {
    const db = freshDemo('demo.sqlite');
    expect(db.prepare('SELECT count(*) AS n FROM institutions').get()).toEqual({ n: 16 });
    const shared = db
      .prepare(
        `SELECT i.name, group_concat(f.kind, ',' ORDER BY f.id) AS kinds FROM institutions i JOIN filings f ON f.institution_id = i.id GROUP BY i.id HAVING count(*) > 1 ORDER BY i.id`,
      )
      .all();
    expect(shared).toEqual([
      { name: '阳泉市热力有限责任公司', kinds: 'enterprise,socialOrg' },
      { name: '阳泉木子管家家政服务有限公司', kinds: 'enterprise,socialOrg' },
      { name: '阳泉职业技术学院', kinds: 'college,socialOrg' },
      { name: '平定县高级职业中学校', kinds: 'college,socialOrg' },
      { name: '阳泉市郊区职业高级中学校', kinds: 'college,socialOrg' },
    ]);
    const mismatched = db
      .prepare(
        `SELECT f.listed_name, i.name FROM filings f JOIN institutions i ON i.id = f.institution_id WHERE f.listed_name NOT IN (i.name, i.name || '企业', i.name || '院校')`,
      )
      .all();
    expect(mismatched).toEqual([]);
    db.close();
  });

  it('R-INS-02 generated codes carry correct check characters (GB 32100 USCC, GB 11643 ID numbers) and real occupation codes', () => {
    const db = freshDemo('demo.sqlite');
    for (const { uscc } of db.prepare('SELECT uscc FROM institutions').all() as { uscc: string }[])
      expect(validateUscc(uscc), uscc).toMatchObject({ ok: true });
    const ids = db.prepare('SELECT id_number, birth_date FROM candidates').all() as { id_number: string; birth_date: string }[];
    expect(ids.length).toBeGreaterThan(1000);
    for (const { id_number, birth_date } of ids)
      expect(validateIdCardNumber(id_number), id_number).toMatchObject({ ok: true, value: { birthDate: birth_date } });
    for (const { code } of db.prepare('SELECT DISTINCT code FROM filed_occupations').all() as { code: string }[])
      expect(validateOccupationCode(code).ok, code).toBe(true);
    db.close();
  });

  it('contains material for the automatic findings: late plans, short publicity, absent staff, certificates not uploaded', () => {
    const db = freshDemo('demo.sqlite');
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count(`SELECT count(*) AS n FROM batches WHERE julianday(exam_date) - julianday(plan_filed_on) < 5`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) AS n FROM batches WHERE julianday(publicity_end) - julianday(publicity_start) < 5`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) AS n FROM batches WHERE present_evaluators < planned_evaluators`)).toBeGreaterThan(0);
    expect(
      count(`SELECT count(*) AS n FROM candidates WHERE result = 'pass' AND uploaded_national = 0 AND not_uploaded_reason IS NOT NULL`),
    ).toBeGreaterThan(0);
    expect(count(`SELECT count(*) AS n FROM batches WHERE exam_date < '2020-01-01' OR exam_date > '2023-12-31'`)).toBe(0);
    db.close();
  });

  it('is deterministic: two databases built from the fixed seed hold the same bytes of data', () => {
    const a = freshDemo('a.sqlite');
    const b = freshDemo('b.sqlite');
    // When the store first knew the built-in forms is the time the file was opened, not demo data.
    const demoData = (db: Database) => dumpDatabase(db).replace(/"added_at":"[^"]+"/g, '"added_at":"(opened)"');
    expect(demoData(a)).toBe(demoData(b));
    const { db: c } = openDatabase(temp.file('c.sqlite'), { create: true });
    createDemoData(c, DEMO_SEED + 1);
    expect(dumpDatabase(c)).not.toBe(dumpDatabase(a));
    [a, b, c].forEach((db) => db.close());
  });

  it('is marked as demo data and is not written twice', () => {
    const db = freshDemo('demo.sqlite');
    expect(isDemoDatabase(db)).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM institutions WHERE demo = 0').get()).toEqual({ n: 0 });
    const before = dumpDatabase(db);
    expect(createDemoData(db).created).toBe(false);
    expect(dumpDatabase(db)).toBe(before);
    db.close();
  });

  it('refuses a database that holds real data, leaving it unchanged', async () => {
    const file = temp.file('real.sqlite');
    const { db } = openDatabase(file, { create: true });
    insertInstitution(db, { uscc: '91140302762680279B', name: '真实机构' });
    const before = dumpDatabase(db);
    expect(() => createDemoData(db)).toThrow(/不能写入演示数据/);
    expect(dumpDatabase(db)).toBe(before);
    db.close();
    const cli = await runCliCaptured(['demo', '--db', file]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('真实评价机构');
  });

  it('CLI demo creates it; first launch fills it and app:info reports demo', async () => {
    const cli = await runCliCaptured(['demo', '--db', temp.file('cli.sqlite'), '--no-report', '--json']);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ created: true, institutions: 16, filings: 21, inspections: 2, experts: 15, report: null });
    const ctx = makeTestContext();
    try {
      // The signed demo report is covered by test/integration/pdf/demo-report.test.ts.
      onFirstLaunch(ctx, { skipDemoReport: true });
      expect(await dispatch(ctx, 'app:info', {})).toMatchObject({ ok: true, value: { demo: true } });
      expect(ctx.db.prepare(`SELECT count(*) AS n FROM app_meta WHERE key = 'created_at'`).get()).toEqual({ n: 1 });
    } finally {
      ctx.cleanup();
    }
  });
});
