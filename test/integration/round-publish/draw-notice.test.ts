import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { PUBLISH_BASIS } from '../../../electron/services/round-publish/basis';
import { initOffice } from '../../../electron/services/sync/office/office-keys';
import { seedHash } from '../../../shared/domain/double-random/seed-commitment';
import { EXCLUSION_REASON_LABELS } from '../../../shared/domain/double-random/types';
import { makeTestContext, type TestContext } from '../../support/context';
import { pdfText } from '../../support/poppler';
import { chooseByDialog } from '../../support/dialog-grants';
import { callOk, expectRefused } from '../../support/handler-calls';
import { makeTempDir } from '../../support/temp';
import {
  ANNOUNCED_NOTE,
  EXPERT_DIRECTORY_HASH,
  EXPERTS,
  INSTITUTION_DIRECTORY_HASH,
  insertDrawnRound,
  ROUND_NAME,
  SEED,
  storedIdNumbers,
  type DrawnRound,
} from './publish-fixtures';

/** The PDF's text in reading order with all white space removed, so a sentence wrapped over lines still matches. */
const squeezed = (file: string): string => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const squeeze = (text: string): string => text.replace(/\s+/g, '');

let ctx: TestContext;
let drawn: DrawnRound;
let filingNos: string[];
let names: string[];
const temp = makeTempDir('round-publish-');
const pdfPath = temp.file('抽查结果公示.pdf');
const xlsxPath = temp.file('抽查结果公示.xlsx');
let text = '';

beforeAll(async () => {
  ctx = makeTestContext({ now: () => new Date('2026-03-06T02:00:00Z') });
  createDemoData(ctx.db);
  initOffice(ctx.db, { officeName: '阳泉市人力资源和社会保障局', passphrase: 'office-passphrase-1', now: new Date('2026-03-01T00:00:00Z') });
  const filings = ctx.db.prepare('SELECT id, filing_no, listed_name FROM filings ORDER BY id LIMIT 3').all() as {
    id: number;
    filing_no: string;
    listed_name: string;
  }[];
  filingNos = filings.map((f) => f.filing_no);
  names = filings.map((f) => f.listed_name);
  drawn = insertDrawnRound(
    ctx.db,
    filings.map((f) => f.id),
  );
  await chooseByDialog(ctx, ctx.dialogs, 'save', 'pdf', pdfPath);
  await callOk(ctx, 'roundPlans:publish', { roundUid: drawn.roundUid, kind: 'draw', format: 'pdf', path: pdfPath });
  await chooseByDialog(ctx, ctx.dialogs, 'save', 'xlsx', xlsxPath);
  await callOk(ctx, 'roundPlans:publish', { roundUid: drawn.roundUid, kind: 'draw', format: 'xlsx', path: xlsxPath });
  text = squeezed(pdfPath);
}, 120_000);

afterAll(() => {
  ctx.cleanup();
  temp.cleanup();
});

describe('一公开: the draw notice (PDF)', () => {
  it('has the title, the issuer and both notices’ sentences on 双随机、一公开 verbatim', () => {
    expect(text).toContain(squeeze(`${ROUND_NAME}“双随机、一公开”抽查结果公示`));
    expect(text).toContain('阳泉市人力资源和社会保障局');
    for (const { source, quote } of PUBLISH_BASIS) {
      expect(text).toContain(squeeze(source));
      expect(text).toContain(squeeze(quote));
    }
  });

  it('prints the seed, its SHA-256, when it was fixed, the announced-seed note and both directories’ hashes and counts', () => {
    expect(text).toContain(SEED);
    expect(text).toContain(seedHash(SEED));
    expect(text).toContain('2026-03-02T01:00:00.000Z');
    expect(text).toContain(squeeze(ANNOUNCED_NOTE));
    expect(text).toContain('种子为本单位事先公布的数值');
    expect(text).toContain(INSTITUTION_DIRECTORY_HASH);
    expect(text).toContain(EXPERT_DIRECTORY_HASH);
    expect(text).toContain('21个备案');
    expect(text).toContain(`${EXPERTS.length}名专家`);
  });

  it('R-DL-01 R-SM-05 states the rules in words: the renewal window, the process-check shares and their minimums', () => {
    expect(text).toContain('2026-01-01至2026-12-31');
    expect(text).toContain('R-DL-01');
    expect(text).toContain(squeeze('社会培训评价组织 50%'));
    expect(text).toContain(squeeze('自主评价企业 10%'));
    expect(text).toContain('R-SM-05');
    expect(text).toContain('与被检查机构同一地区的专家回避');
  });

  it('lists every drawn institution with its filing no, reasons and drawn batches, and every panel by name and 专家编号', () => {
    for (const name of names) expect(text).toContain(squeeze(name));
    for (const no of filingNos) expect(text).toContain(no);
    expect(text).toContain('备案有效期届满（延续备案评估）');
    expect(text).toContain('过程化资料抽检');
    expect(text).toContain('PC2025-0007');
    for (const expert of EXPERTS.slice(0, 3)) expect(text).toContain(`${expert.name}（${expert.code}）`);
  });

  it('prints the number of recusals per panel, the shortfall and the draw’s notes in words', () => {
    // Layout text: a table row's first line holds the object, its leader, first member and 回避人数 side by side.
    const layout = pdfText(pdfPath);
    const rowOf = (name: string, after: string) => layout.split('\n').find((line) => line.includes(name) && line.includes(after)) ?? '';
    expect(rowOf(names[0] ?? '', 'ZJ0001')).toMatch(/王建国（ZJ0001）\s+李秀梅（ZJ0002）\s+3(\s|$)/);
    expect(rowOf(names[1] ?? '', 'ZJ0004')).toMatch(/（缺）\s+孙丽华（ZJ0004）\s+2\s+符合条件的专家/);
    expect(rowOf(names[2] ?? '', 'ZJ0005')).toMatch(/周明（ZJ0005）\s+吴海燕（ZJ0006）\s+0(\s|$)/);
    expect(text).toContain('符合条件的专家不足，缺组长1名、成员1名');
    for (const note of drawn.record.notes) expect(text).toContain(squeeze(note.message));
    expect(text).toContain('本轮共回避5人次');
  });

  it('says how anyone can verify the draw with `round verify`', () => {
    expect(text).toContain(`roundverify--db<数据库文件>--round${drawn.roundUid}`);
  });

  it('never prints an ID number of an expert or a candidate', () => {
    const ids = storedIdNumbers(ctx.db);
    expect(ids.length).toBeGreaterThan(EXPERTS.length);
    for (const id of ids) expect(text).not.toContain(id);
  });

  it('is A4 with page numbers', () => {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    expect(text).toMatch(/第1页共\d+页/);
  });
});

describe('一公开: the draw notice (XLSX)', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
  });
  const values = (sheet: ExcelJS.Worksheet): string[][] => {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
    return rows;
  };

  it('has the sheets 检查对象, 专家组, 回避记录, 说明 with real headers and a frozen header row', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['检查对象', '专家组', '回避记录', '说明']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(1).width).toBeGreaterThan(5);
    }
    expect(values(workbook.getWorksheet('检查对象') as ExcelJS.Worksheet)[0]).toEqual([
      '序号',
      '机构名称',
      '机构备案号',
      '机构类别',
      '选取原因',
      '抽检批次',
    ]);
    const objects = values(workbook.getWorksheet('检查对象') as ExcelJS.Worksheet).slice(1);
    expect(objects.map((row) => row[2])).toEqual(filingNos);
    const panels = values(workbook.getWorksheet('专家组') as ExcelJS.Worksheet).slice(1);
    expect(panels.map((row) => row[5])).toEqual(['3', '2', '0']);
    expect(panels[1]?.[3]).toBe('（缺）');
  });

  it('records every exclusion with its reasons in words', () => {
    const recusals = values(workbook.getWorksheet('回避记录') as ExcelJS.Worksheet);
    expect(recusals[0]).toEqual(['检查对象', '机构备案号', '专家编号', '专家姓名', '回避原因']);
    expect(recusals.slice(1).map((row) => [row[1], row[2], row[4]])).toEqual([
      [filingNos[0], 'ZJ0004', `${EXCLUSION_REASON_LABELS.sameEmployer}；${EXCLUSION_REASON_LABELS.declaredConflict}`],
      [filingNos[0], 'ZJ0005', EXCLUSION_REASON_LABELS.previousRound],
      [filingNos[0], 'ZJ0006', EXCLUSION_REASON_LABELS.sameRegion],
      [filingNos[1], 'ZJ0001', EXCLUSION_REASON_LABELS.loadLimit],
      [filingNos[1], 'ZJ0006', EXCLUSION_REASON_LABELS.sameRegion],
    ]);
  });

  it('explains the seed, hashes, rules and notes, and holds no ID number anywhere', () => {
    const explanation = new Map(values(workbook.getWorksheet('说明') as ExcelJS.Worksheet).map((row) => [row[0], row[1]]));
    expect(explanation.get('随机种子')).toBe(SEED);
    expect(explanation.get('种子 SHA-256')).toBe(seedHash(SEED));
    expect(explanation.get('检查对象名录 SHA-256')).toBe(INSTITUTION_DIRECTORY_HASH);
    expect(explanation.get('检查人员名录 SHA-256')).toBe(EXPERT_DIRECTORY_HASH);
    expect(explanation.get('规则 1')).toContain('R-DL-01');
    expect(explanation.get('说明 2')).toBe(drawn.record.notes[1]?.message);
    const everything = workbook.worksheets.flatMap(values).flat().join('\n');
    for (const id of storedIdNumbers(ctx.db)) expect(everything).not.toContain(id);
  });
});

describe('roundPlans:publish refusals', () => {
  it('refuses a path the user did not choose, and writes nothing', async () => {
    const path = temp.file('not-chosen.pdf');
    await expectRefused(ctx, 'roundPlans:publish', { roundUid: drawn.roundUid, kind: 'draw', format: 'pdf', path }, 'PATH_NOT_GRANTED');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a file whose extension is not the format’s', async () => {
    // A place chosen for a workbook, asked to hold a PDF.
    const path = await chooseByDialog(ctx, ctx.dialogs, 'save', 'xlsx', temp.file('wrong.xlsx'));
    const text = await expectRefused(ctx, 'roundPlans:publish', { roundUid: drawn.roundUid, kind: 'draw', format: 'pdf', path }, 'EXPORT_BAD_PATH');
    expect(text).toContain('.pdf');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a round without a plan (ROUND_PLAN_NOT_FOUND) and a planned round not yet drawn (ROUND_NOT_DRAWN)', async () => {
    const path = await chooseByDialog(ctx, ctx.dialogs, 'save', 'pdf', temp.file('none.pdf'));
    await expectRefused(ctx, 'roundPlans:publish', { roundUid: 'f'.repeat(32), kind: 'draw', format: 'pdf', path }, 'ROUND_PLAN_NOT_FOUND');
    const undrawn = 'e'.repeat(32);
    ctx.db
      .prepare(
        "INSERT INTO assessment_rounds (uid, name, year, origin, opened_by, opened_at) VALUES (?, '2027年度延续备案评估', 2027, 'office', 'office', '2027-01-01')",
      )
      .run(undrawn);
    ctx.db
      .prepare(
        "INSERT INTO round_plans (round_uid, rules_json, seed, seed_hash, seed_source, seed_note, created_by, created_at, updated_at) VALUES (?, '{}', ?, ?, 'generated', NULL, 'office', 'x', 'x')",
      )
      .run(undrawn, SEED, seedHash(SEED));
    const text = await expectRefused(ctx, 'roundPlans:publish', { roundUid: undrawn, kind: 'results', format: 'pdf', path }, 'ROUND_NOT_DRAWN');
    expect(text).toContain('2027年度延续备案评估');
    expect(existsSync(path)).toBe(false);
  });
});
