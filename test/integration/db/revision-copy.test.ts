import type { Database } from '../../../db/engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../db/audit-verify';
import { listAnswers, saveAnswer } from '../../../db/repositories/answers';
import { listAudit } from '../../../db/repositories/audit-log';
import { addEvidence, listEvidence } from '../../../db/repositories/evidence';
import { addFinding, listFindings } from '../../../db/repositories/findings';
import { advanceInspectionStatus, getInspection, setInspectionScore } from '../../../db/repositories/inspections';
import { createRevision } from '../../../db/repositories/revisions';
import { listDraws, recordDraw } from '../../../db/repositories/sampling-draws';
import { addSignature, listSignatures } from '../../../db/repositories/signatures';
import { seedInspection } from '../../support/store-fixtures';
import { makeTestContext, type TestContext } from '../../support/context';

let ctx: TestContext;
let db: Database;
beforeEach(() => {
  ctx = makeTestContext();
  db = ctx.db;
});
afterEach(() => ctx.cleanup());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const SHA_PLAN = 'a'.repeat(64);
const SHA_ROOM = 'c'.repeat(64);
const TABLES_OF_AN_INSPECTION = ['inspections', 'answers', 'sampling_draws', 'findings', 'evidence', 'signatures'] as const;

/** Every row belonging to one inspection, table by table, BLOBs as hex: equal strings mean equal bytes. */
function rowsOf(inspectionId: number): string {
  const rows = TABLES_OF_AN_INSPECTION.map((table) => {
    const column = table === 'inspections' ? 'id' : 'inspection_id';
    return db.prepare(`SELECT * FROM ${table} WHERE ${column} = ? ORDER BY 1, 2`).all(inspectionId);
  });
  return JSON.stringify(rows, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value));
}

/** A locked inspection with two draws of one rule (a redraw), findings on drawn units, evidence and signatures. */
function lockedInspection() {
  const seeded = seedInspection(db);
  const { inspectionId } = seeded;
  const first = recordDraw(db, {
    inspectionId,
    purpose: 'R-SM-01',
    record: { seed: 'aa', units: ['2021-001'] },
    actor: '李评估',
    at: '2023-09-10T01:00:00.000Z',
  });
  const redraw = recordDraw(db, {
    inspectionId,
    purpose: 'R-SM-01',
    redrawReason: '档案室停电',
    record: { seed: 'ab', units: ['2021-001'] },
    actor: '李评估',
    at: '2023-09-10T01:05:00.000Z',
  });
  recordDraw(db, {
    inspectionId,
    purpose: 'R-SM-02',
    record: { seed: 'ba', units: [String(seeded.candidateId)] },
    actor: '李评估',
    at: '2023-09-10T01:10:00.000Z',
  });
  saveAnswer(db, { inspectionId, itemId: '3.1.3', answer: { deductions: { a: [{ count: 1 }] } }, actor: '李评估' });
  const late = addFinding(db, {
    inspectionId,
    itemId: '3.1.3',
    unitKind: 'batch',
    unitId: '2021-001',
    drawId: redraw.id,
    description: '考试计划晚报',
    actor: '李评估',
  });
  addFinding(db, {
    inspectionId,
    itemId: '3.3.1',
    unitKind: 'candidate',
    unitId: String(seeded.candidateId),
    description: '申报条件材料缺失',
    actor: '李评估',
  });
  addEvidence(db, {
    inspectionId,
    findingId: late.id,
    itemId: '3.1.3',
    relativePath: `evidence/${inspectionId}/${SHA_PLAN}.jpg`,
    sha256: SHA_PLAN,
    sizeBytes: 1200,
    mime: 'image/jpeg',
    actor: '李评估',
  });
  addEvidence(db, {
    inspectionId,
    itemId: '2.1.1',
    relativePath: `evidence/${inspectionId}/${SHA_ROOM}.png`,
    sha256: SHA_ROOM,
    sizeBytes: 800,
    mime: 'image/png',
    actor: '李评估',
  });
  addSignature(db, { inspectionId, signerName: '李评估', role: 'panelLead', imagePng: PNG, actor: '李评估' });
  setInspectionScore(db, inspectionId, 8650, '李评估');
  advanceInspectionStatus(db, inspectionId, 'locked', '李评估', '签名齐全,锁定');
  return { ...seeded, firstDrawId: first.id };
}

/** A row as it reads in either version: its own id, owner and the ids it links to left out. */
const withoutIds = <T extends { id: number; inspectionId: number }>({ id: _id, inspectionId: _owner, ...rest }: T) => rest;

describe('revisions keep the whole record (issue 5: a change after locking opens a new revision, keeping the signed one)', () => {
  it('copies answers, draws (numbered as in the parent), findings and evidence; not the signatures; the parent is unchanged', () => {
    const { inspectionId } = lockedInspection();
    const parentBefore = rowsOf(inspectionId);

    const revision = createRevision(db, inspectionId, '更正 3.1.3 扣分', '王复核', '2023-09-12T08:00:00.000Z');

    expect(rowsOf(inspectionId)).toBe(parentBefore);
    expect(getInspection(db, inspectionId)?.status).toBe('locked');
    expect(revision).toMatchObject({ status: 'draft', revision: 2, parentId: inspectionId, revisionReason: '更正 3.1.3 扣分' });

    expect(listAnswers(db, revision.id).map(({ inspectionId: _owner, ...rest }) => rest)).toEqual(
      listAnswers(db, inspectionId).map(({ inspectionId: _owner, ...rest }) => rest),
    );
    const parentDraws = listDraws(db, inspectionId);
    const copiedDraws = listDraws(db, revision.id);
    expect(copiedDraws.map(withoutIds)).toEqual(parentDraws.map(withoutIds));
    expect(copiedDraws.map((d) => [d.purpose, d.sequence, d.redrawReason])).toEqual([
      ['R-SM-01', 1, null],
      ['R-SM-01', 2, '档案室停电'],
      ['R-SM-02', 1, null],
    ]);

    // Findings point at the copied draws, evidence at the copied findings; the files are the parent's.
    const drawCopy = new Map(parentDraws.map((d, i) => [d.id, copiedDraws[i]?.id]));
    const parentFindings = listFindings(db, inspectionId);
    const copiedFindings = listFindings(db, revision.id);
    expect(copiedFindings.map(({ drawId: _draw, ...rest }) => withoutIds(rest))).toEqual(
      parentFindings.map(({ drawId: _draw, ...rest }) => withoutIds(rest)),
    );
    expect(copiedFindings.map((f) => f.drawId)).toEqual(parentFindings.map((f) => (f.drawId === null ? null : drawCopy.get(f.drawId))));
    expect(copiedFindings.every((f) => f.drawId === null || copiedDraws.some((d) => d.id === f.drawId))).toBe(true);

    const findingCopy = new Map(parentFindings.map((f, i) => [f.id, copiedFindings[i]?.id]));
    const parentEvidence = listEvidence(db, inspectionId);
    const copiedEvidence = listEvidence(db, revision.id);
    expect(copiedEvidence.map(({ findingId: _finding, ...rest }) => withoutIds(rest))).toEqual(
      parentEvidence.map(({ findingId: _finding, ...rest }) => withoutIds(rest)),
    );
    expect(copiedEvidence.map((e) => e.findingId)).toEqual(parentEvidence.map((e) => (e.findingId === null ? null : findingCopy.get(e.findingId))));
    expect(copiedEvidence.map((e) => [e.relativePath, e.sha256])).toEqual([
      [`evidence/${inspectionId}/${SHA_PLAN}.jpg`, SHA_PLAN],
      [`evidence/${inspectionId}/${SHA_ROOM}.png`, SHA_ROOM],
    ]);

    expect(listSignatures(db, revision.id)).toEqual([]);
    expect(listSignatures(db, inspectionId)).toHaveLength(1);
  });

  it('records the copy in the audit log, whose chain verifies', () => {
    const { inspectionId } = lockedInspection();
    const revision = createRevision(db, inspectionId, '更正 3.1.3 扣分', '王复核');
    const log = listAudit(db, { inspectionId: revision.id });
    expect(log.map((e) => `${e.entity}:${e.action}`)).toEqual(['inspection:create', 'revision:create']);
    const copy = JSON.parse(log[1]?.newJson ?? 'null') as {
      copiedFrom: number;
      answers: number;
      draws: unknown[];
      findings: unknown[];
      evidence: unknown[];
      signatures: number;
    };
    expect(copy).toMatchObject({ copiedFrom: inspectionId, answers: 1, signatures: 0 });
    expect([copy.draws.length, copy.findings.length, copy.evidence.length]).toEqual([3, 2, 2]);
    expect(log[1]).toMatchObject({ actor: '王复核', reason: '更正 3.1.3 扣分' });
    expect(verifyAuditLog(db)).toMatchObject({ ok: true, firstProblem: null });
  });

  it('a revision of a revision copies again; a draft cannot be revised; the revision is editable, the parent is not', () => {
    const { inspectionId } = lockedInspection();
    const second = createRevision(db, inspectionId, '第一次更正', 'a');
    expect(() => createRevision(db, second.id, '仍是草稿', 'a')).toThrow(/仍是草稿/);
    recordDraw(db, { inspectionId: second.id, purpose: 'R-SM-01', redrawReason: '复核要求重抽', record: { seed: 'ac' }, actor: 'a' });
    expect(
      listDraws(db, second.id)
        .filter((d) => d.purpose === 'R-SM-01')
        .map((d) => d.sequence),
    ).toEqual([1, 2, 3]);
    expect(() => recordDraw(db, { inspectionId, purpose: 'R-SM-01', redrawReason: 'x', record: {}, actor: 'a' })).toThrow(/不能再修改/);
    advanceInspectionStatus(db, second.id, 'locked', 'a');
    const third = createRevision(db, second.id, '第二次更正', 'a');
    expect(third).toMatchObject({ revision: 3, parentId: second.id });
    expect(listDraws(db, third.id)).toHaveLength(4);
    expect(listEvidence(db, third.id)).toHaveLength(2);
    expect(verifyAuditLog(db).ok).toBe(true);
  });
});
