import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { FilingHistory } from '../../../shared/ipc/channels/rounds';
import { dispatch } from '../../../electron/handlers/dispatch';
import { PACK_ENTRIES } from '../../../electron/services/sync/pack-contents';
import type { InspectionDetail } from '../../../shared/ipc/channels/inspections';
import type { InspectionRecord } from '../../../shared/store/records';
import { advanceInspectionStatus } from '../../../db/repositories/inspections';
import { makeWorld, NOW, SHANXI, filingsOfYear, type Field } from '../sync/sync-fixtures';
import { enrolledLaptop, jsonEntry, readEntry, roundState, uid, withoutRounds, type PackFiles } from './round-fixtures';

let world: ReturnType<typeof makeWorld>;
afterEach(() => world?.close());

const ROUND = {
  uid: uid(),
  name: '2026年度延续备案评估',
  year: 2026,
  origin: 'office',
  openedBy: '阳泉市人力资源和社会保障局',
  openedAt: NOW.toISOString(),
};

async function call<T>(field: Field, channel: string, args: unknown): Promise<T> {
  const result = await dispatch(field.ctx, channel as never, args as never);
  if (!result.ok) throw Object.assign(new Error(result.error.code), { info: result.error });
  return result.value as T;
}

async function callError(field: Field, channel: string, args: unknown): Promise<string> {
  const result = await dispatch(field.ctx, channel as never, args as never);
  if (result.ok) throw new Error(`${channel} succeeded`);
  return result.error.code;
}

const institutionOf = (field: Field, filingId: number) =>
  (field.db.prepare('SELECT institution_id FROM filings WHERE id = ?').get(filingId) as { institution_id: number }).institution_id;

const create = (field: Field, filingId: number, extra: Record<string, unknown> = {}) =>
  call<InspectionRecord>(field, 'inspections:create', {
    institutionId: institutionOf(field, filingId),
    filingId,
    templateId: SHANXI,
    panel: [{ name: '张三', role: 'lead' }],
    inspectionDate: '2026-05-06',
    ...extra,
  });

/** A rectification of the filing, with one item that lost points and the rest of its answers. */
function rectificationFor(filingId: number, templateHash: string) {
  return {
    uid: uid(),
    filingId,
    roundUid: ROUND.uid,
    templateHash,
    outcomeCategory: 'defer',
    outcomeLabel: '暂时不予延续备案',
    inspectionDate: '2026-03-02',
    scoreHundredths: 6500,
    findings: [
      { key: 'item:1.2.1', kind: 'deduction', refId: '1.2.1', label: '1.2.1 公示', pointsLostHundredths: 200, notes: ['承诺按时公示未落实'] },
    ],
    baseAnswers: [
      { item_id: '1.1.1', payload_json: JSON.stringify({ deductions: {} }) },
      { item_id: '1.2.1', payload_json: JSON.stringify({ deductions: { b: [{ count: 1, note: '承诺按时公示未落实' }] } }) },
    ],
    deadlineRule: { unit: 'months', count: 3 },
    dueOn: '2026-06-02',
    basis: '整改期限3个月',
    openedBy: '阳泉市人力资源和社会保障局',
    openedAt: NOW.toISOString(),
  };
}

/** Puts the round on every assignment and, for the filing given, adds a follow-up assignment of the rectification. */
function withRounds(files: PackFiles, followUp?: { filingId: number; scope: 'findings' | 'full'; assignmentUid: string; rectification?: boolean }) {
  const assignments: Record<string, unknown>[] = readEntry<Record<string, unknown>[]>(files, PACK_ENTRIES.assignments).map((a) => ({
    ...a,
    roundUid: ROUND.uid,
  }));
  const rectifications = [];
  if (followUp) {
    const base = assignments.find((a) => a['filingId'] === followUp.filingId) as Record<string, unknown>;
    const rectification = rectificationFor(followUp.filingId, base['templateHash'] as string);
    if (followUp.rectification !== false) rectifications.push(rectification);
    assignments.push({ ...base, uid: followUp.assignmentUid, rectificationUid: rectification.uid, scope: followUp.scope });
  }
  files.set(PACK_ENTRIES.assignments, jsonEntry(assignments));
  files.set(PACK_ENTRIES.rounds, jsonEntry([ROUND]));
  files.set(PACK_ENTRIES.rectifications, jsonEntry(rectifications));
}

describe('inspections on a laptop belong to a round (issue 15)', () => {
  it('a new inspection joins the round of the office assignment; a revision stays in it', async () => {
    world = makeWorld();
    const office = world.office();
    const [filingId] = filingsOfYear(office.db, 2020) as [number];
    const laptop = enrolledLaptop(world, office, 'laptop-a', [filingId]);
    laptop.load(laptop.pack((files) => withRounds(files)));
    const created = await create(laptop.field, filingId);
    const detail = await call<InspectionDetail>(laptop.field, 'inspections:get', { id: created.id });
    expect(detail.round).toEqual({ uid: ROUND.uid, name: ROUND.name, year: 2026 });
    expect(detail.followUp).toBeNull();
    advanceInspectionStatus(laptop.field.db, created.id, 'signed', '张三', null, NOW.toISOString());
    const revision = await call<InspectionRecord>(laptop.field, 'inspections:revise', { inspectionId: created.id, reason: '更正笔误' });
    expect((await call<InspectionDetail>(laptop.field, 'inspections:get', { id: revision.id })).round?.uid).toBe(ROUND.uid);
  });

  it('without a round in the assignment the laptop opens one of its own for the year, once', async () => {
    world = makeWorld();
    const office = world.office();
    const [first, second] = filingsOfYear(office.db, 2020) as [number, number];
    const laptop = enrolledLaptop(world, office, 'laptop-b', [first, second]);
    laptop.load(laptop.pack(withoutRounds));
    const a = await call<InspectionDetail>(laptop.field, 'inspections:get', { id: (await create(laptop.field, first)).id });
    const b = await call<InspectionDetail>(laptop.field, 'inspections:get', { id: (await create(laptop.field, second)).id });
    expect(a.round?.name).toBe('2026年度延续备案评估（本机）');
    expect(b.round?.uid).toBe(a.round?.uid);
    const stored = laptop.field.db.prepare('SELECT origin, opened_by FROM assessment_rounds').all();
    expect(stored).toEqual([{ origin: 'device', opened_by: 'laptop-b' }]);
  });

  it('a findings follow-up starts from the accepted answers and changes only the listed findings', async () => {
    world = makeWorld();
    const office = world.office();
    const [filingId] = filingsOfYear(office.db, 2020) as [number];
    const laptop = enrolledLaptop(world, office, 'laptop-c', [filingId]);
    const assignmentUid = uid();
    laptop.load(laptop.pack((files) => withRounds(files, { filingId, scope: 'findings', assignmentUid })));
    const created = await create(laptop.field, filingId, { assignmentUid });
    const detail = await call<InspectionDetail>(laptop.field, 'inspections:get', { id: created.id });
    expect(detail.followUp).toMatchObject({ scope: 'findings', dueOn: '2026-06-02', outcomeLabel: '暂时不予延续备案' });
    expect(detail.followUp?.findings.map((f) => f.refId)).toEqual(['1.2.1']);
    expect(detail.answers.find((a) => a.itemId === '1.2.1')?.answer).toEqual({ deductions: { b: [{ count: 1, note: '承诺按时公示未落实' }] } });
    const logged = laptop.field.db.prepare("SELECT count(*) AS n FROM audit_log WHERE inspection_id = ? AND entity = 'answer'").get(created.id) as {
      n: number;
    };
    expect(logged.n).toBe(3); // the context and the two copied answers
    await call(laptop.field, 'inspections:saveAnswer', { inspectionId: created.id, itemId: '1.2.1', answer: { deductions: {} } });
    expect(await callError(laptop.field, 'inspections:saveAnswer', { inspectionId: created.id, itemId: '1.1.1', answer: { deductions: {} } })).toBe(
      'FOLLOW_UP_ITEM_OUTSIDE_FINDINGS',
    );
  });

  it('a full follow-up starts empty and may change every item', async () => {
    world = makeWorld();
    const office = world.office();
    const [filingId] = filingsOfYear(office.db, 2020) as [number];
    const laptop = enrolledLaptop(world, office, 'laptop-d', [filingId]);
    const assignmentUid = uid();
    laptop.load(laptop.pack((files) => withRounds(files, { filingId, scope: 'full', assignmentUid })));
    const created = await create(laptop.field, filingId, { assignmentUid });
    const detail = await call<InspectionDetail>(laptop.field, 'inspections:get', { id: created.id });
    expect(detail.followUp?.scope).toBe('full');
    expect(detail.answers.map((a) => a.itemId)).toEqual(['context']);
    await call(laptop.field, 'inspections:saveAnswer', { inspectionId: created.id, itemId: '1.1.1', answer: { deductions: {} } });
    expect(await callError(laptop.field, 'inspections:create', { ...(await argsFor(laptop.field, filingId)), assignmentUid: uid() })).toBe(
      'FOLLOW_UP_ASSIGNMENT_NOT_FOUND',
    );
  });
});

const argsFor = async (field: Field, filingId: number) => ({
  institutionId: institutionOf(field, filingId),
  filingId,
  templateId: SHANXI,
  panel: [{ name: '张三', role: 'lead' }],
  inspectionDate: '2026-05-06',
});

describe('pack import stores rounds, rectifications and history (issue 15)', () => {
  it('the same pack twice leaves the same state; a later pack replaces the history of its filings', async () => {
    world = makeWorld();
    const office = world.office();
    const [filingId] = filingsOfYear(office.db, 2020) as [number];
    const laptop = enrolledLaptop(world, office, 'laptop-e', [filingId]);
    const history = (score: number) => (files: PackFiles) => {
      withRounds(files, { filingId, scope: 'findings', assignmentUid: 'a'.repeat(32) });
      const entry = {
        entryNo: 1,
        filingId,
        roundUid: ROUND.uid,
        purpose: 'assessment',
        scope: null,
        inspectionDate: '2026-03-02',
        revision: 1,
        templateId: SHANXI,
        templateVersion: '2023',
        scoreHundredths: score,
        outcomeLabel: '暂时不予延续备案',
        decisionLabel: null,
        pdfs: ['report.pdf'],
      };
      files.set(PACK_ENTRIES.history, jsonEntry([entry]));
      files.set(PACK_ENTRIES.historyPdf(1, 'report.pdf'), Buffer.from(`%PDF-1.7 ${score}`));
    };
    const bytes = laptop.pack(history(6500));
    laptop.load(bytes);
    const once = roundState(laptop.field.db);
    expect(once.rounds).toHaveLength(1);
    expect(once.rectifications).toMatchObject([{ origin: 'received', inspection_id: null, filing_id: filingId }]);
    expect(once.history).toHaveLength(1);
    expect(once.historyFiles).toMatchObject([{ name: 'report.pdf' }]);
    expect(laptop.load(bytes).status).toBe('alreadyImported');
    expect(roundState(laptop.field.db)).toEqual(once);
    laptop.load(laptop.pack(history(7000)));
    const later = roundState(laptop.field.db);
    expect(later.history).toHaveLength(1);
    expect(JSON.parse((later.history[0] as { entry_json: string }).entry_json).scoreHundredths).toBe(7000);
    expect(later.rounds).toEqual(once.rounds);
  });

  it('a pack of an office from before rounds still imports', () => {
    world = makeWorld();
    const office = world.office();
    const [filingId] = filingsOfYear(office.db, 2020) as [number];
    const laptop = enrolledLaptop(world, office, 'laptop-f', [filingId]);
    expect(laptop.load(laptop.pack(withoutRounds)).status).toBe('imported');
    expect(roundState(laptop.field.db).rounds).toEqual([]);
  });

  it('refuses a follow-up assignment whose rectification is not in the pack, storing nothing', () => {
    world = makeWorld();
    const office = world.office();
    const [filingId] = filingsOfYear(office.db, 2020) as [number];
    const laptop = enrolledLaptop(world, office, 'laptop-g', [filingId]);
    const bytes = laptop.pack((files) => withRounds(files, { filingId, scope: 'full', assignmentUid: uid(), rectification: false }));
    expect(() => laptop.load(bytes)).toThrow(expect.objectContaining({ code: 'SYNC_MANIFEST_INVALID' }));
    expect(roundState(laptop.field.db)).toMatchObject({ rounds: [], assignments: [] });
  });
});

describe('filings:history groups a filing by round (issue 15)', () => {
  it('shows the pack round with its own and received inspections, the rectification, then the older round', async () => {
    world = makeWorld();
    const office = world.office();
    const [filingId] = filingsOfYear(office.db, 2020) as [number];
    const laptop = enrolledLaptop(world, office, 'laptop-i', [filingId]);
    const older = { ...ROUND, uid: uid(), name: '2025年度延续备案评估', year: 2025 };
    laptop.load(
      laptop.pack((files) => {
        withRounds(files, { filingId, scope: 'findings', assignmentUid: uid() });
        files.set(PACK_ENTRIES.rounds, jsonEntry([ROUND, older]));
        const entry = (entryNo: number, roundUid: string, date: string) => ({
          entryNo,
          filingId,
          roundUid,
          purpose: 'assessment',
          scope: null,
          inspectionDate: date,
          revision: 1,
          templateId: SHANXI,
          templateVersion: '2023',
          scoreHundredths: 6500,
          outcomeLabel: '暂时不予延续备案',
          decisionLabel: null,
          pdfs: ['sheet.pdf'],
        });
        files.set(PACK_ENTRIES.history, jsonEntry([entry(1, older.uid, '2025-04-01'), entry(2, ROUND.uid, '2026-03-02')]));
        files.set(PACK_ENTRIES.historyPdf(1, 'sheet.pdf'), Buffer.from('%PDF-1.7 old'));
        files.set(PACK_ENTRIES.historyPdf(2, 'sheet.pdf'), Buffer.from('%PDF-1.7 new'));
      }),
    );
    const own = await create(laptop.field, filingId);
    const history = await call<FilingHistory>(laptop.field, 'filings:history', { filingId, onDate: '2026-05-25' });
    expect(history.rounds.map((r) => r.round?.name ?? null)).toEqual([ROUND.name, older.name]);
    const [current, previous] = history.rounds as [FilingHistory['rounds'][number], FilingHistory['rounds'][number]];
    expect(current.inspections.map((i) => i.inspectionId)).toEqual([own.id, null]);
    expect(current.inspections[1]?.pdfs).toMatchObject([{ name: 'sheet.pdf', source: 'history' }]);
    expect(current.rectifications).toMatchObject([
      { outcomeLabel: '暂时不予延续备案', dueOn: '2026-06-02', stage: 'followUpAssigned', watch: 'dueSoon' },
    ]);
    expect(previous.inspections).toMatchObject([{ inspectionId: null, inspectionDate: '2025-04-01', scoreHundredths: 6500 }]);
    const ref = previous.inspections[0]?.pdfs[0]?.ref as number;
    const opened = await call<{ path: string }>(laptop.field, 'filings:openHistoryPdf', { ref });
    expect(readFileSync(opened.path, 'utf8')).toBe('%PDF-1.7 old');
  });
});
