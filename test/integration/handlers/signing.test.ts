import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../db/audit-verify';
import { listAnswers } from '../../../db/repositories/answers';
import { score } from '../../../shared/domain/scoring';
import type { InspectionDetail, SignatureSummary } from '../../../shared/ipc/channels/inspections';
import { answersFromRows } from '../../../shared/store/answer-keys';
import type { SignerRole } from '../../../shared/store/enums';
import type { EvidenceRecord, InspectionRecord } from '../../../shared/store/records';
import type { TestContext } from '../../support/context';
import { callOk, createDraftInspection, expectRefused, openDemoWithDraft } from '../../support/handler-calls';
import { TINY_PNG } from '../../support/report-fixtures';
import { answersWith } from '../../unit/domain/answers-helpers';
import { getTemplate } from '../../../shared/domain/templates';

const shanxiRenewal2023 = getTemplate('shanxi-renewal-2023');

let ctx: TestContext;
let draft: InspectionRecord;
beforeEach(async () => {
  ({ ctx, draft } = await openDemoWithDraft('2023-09-10T03:00:00Z'));
});
afterEach(() => ctx.cleanup());

const PNG_URL = `data:image/png;base64,${TINY_PNG}`;
const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

/** Every item at full marks and every veto answered 否, saved one key at a time as the 评分 screen autosaves. */
async function scoreEverything(inspectionId: number, leaveOut: readonly string[] = []): Promise<void> {
  const answers = answersWith(shanxiRenewal2023);
  const rows: [string, unknown][] = [
    ...Object.entries(answers.items ?? {}),
    ...Object.entries(answers.vetoes ?? {}).map(([id, answer]): [string, unknown] => [`veto:${id}`, answer]),
  ];
  for (const [itemId, answer] of rows) {
    if (!leaveOut.includes(itemId)) await callOk(ctx, 'inspections:saveAnswer', { inspectionId, itemId, answer });
  }
}

const sign = (inspectionId: number, signerName: string, role: SignerRole) =>
  callOk<SignatureSummary>(ctx, 'inspections:sign', { inspectionId, signerName, role, imageDataUrl: PNG_URL });

async function signEveryone(inspectionId: number): Promise<void> {
  await sign(inspectionId, '李评估', 'panelLead');
  await sign(inspectionId, '王评估', 'panelMember');
  await sign(inspectionId, '赵负责人', 'institutionRep');
}

/** A locked inspection with a draw, a finding with its photo, and a photo on an item. */
async function lockedInspection(): Promise<InspectionRecord> {
  await callOk(ctx, 'sampling:draw', { inspectionId: draft.id, rule: 'R-SM-01' });
  const batchNo = ctx.db.prepare('SELECT batch_no FROM batches WHERE filing_id = ? ORDER BY id LIMIT 1').pluck().get(draft.filingId) as string;
  const attach = { inspectionId: draft.id, fileName: '计划.jpg', mime: 'image/jpeg', dataBase64: JPEG_BYTES.toString('base64') };
  await callOk<EvidenceRecord>(ctx, 'evidence:attach', {
    ...attach,
    itemId: '3.1.3',
    finding: { unitKind: 'batch', unitId: batchNo, description: '考试计划晚报' },
  });
  await callOk<EvidenceRecord>(ctx, 'evidence:attach', { ...attach, itemId: '2.1.1' });
  await scoreEverything(draft.id);
  await signEveryone(draft.id);
  return callOk<InspectionRecord>(ctx, 'inspections:lock', { inspectionId: draft.id });
}

/** Every row of one inspection, BLOBs as hex. */
function rowsOf(inspectionId: number): string {
  const tables = ['answers', 'sampling_draws', 'findings', 'evidence', 'signatures'];
  const rows = [
    ctx.db.prepare('SELECT * FROM inspections WHERE id = ?').all(inspectionId),
    ...tables.map((t) => ctx.db.prepare(`SELECT * FROM ${t} WHERE inspection_id = ? ORDER BY 1, 2`).all(inspectionId)),
  ];
  return JSON.stringify(rows, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value));
}

describe('inspections:sign and signatures:image', () => {
  it('stores a handwritten PNG signature and gives back the same image', async () => {
    const signed = await sign(draft.id, '李评估', 'panelLead');
    expect(signed).toMatchObject({ inspectionId: draft.id, signerName: '李评估', role: 'panelLead', signedAt: '2023-09-10T03:00:00.000Z' });
    expect(await callOk(ctx, 'signatures:image', { inspectionId: draft.id, id: signed.id })).toEqual({ dataUrl: PNG_URL });
    const detail = await callOk<InspectionDetail>(ctx, 'inspections:get', { id: draft.id });
    expect(detail.signatures).toEqual([expect.objectContaining({ id: signed.id, signerName: '李评估' })]);
    expect(JSON.stringify(detail.signatures)).not.toContain('imagePng');
  });

  it('refuses images that are not PNG, unknown roles and signing a locked inspection, with the database unchanged', async () => {
    const args = { inspectionId: draft.id, signerName: '李评估', role: 'panelLead', imageDataUrl: PNG_URL };
    await expectRefused(
      ctx,
      'inspections:sign',
      { ...args, imageDataUrl: `data:image/jpeg;base64,${JPEG_BYTES.toString('base64')}` },
      'INVALID_ARGS',
    );
    await expectRefused(
      ctx,
      'inspections:sign',
      { ...args, imageDataUrl: `data:image/png;base64,${JPEG_BYTES.toString('base64')}` },
      'SIGNATURE_NOT_PNG',
    );
    await expectRefused(ctx, 'inspections:sign', { ...args, role: 'boss' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'inspections:sign', { ...args, signerName: ' ' }, 'INVALID_ARGS');
    await expectRefused(ctx, 'inspections:sign', { ...args, inspectionId: 99999 }, 'NOT_FOUND');
    await lockedInspection();
    await expectRefused(ctx, 'inspections:sign', args, 'INSPECTION_LOCKED');
  });

  it('shows a signature only through its own inspection', async () => {
    const signed = await sign(draft.id, '李评估', 'panelLead');
    const other = await createDraftInspection(ctx);
    await expectRefused(ctx, 'signatures:image', { inspectionId: other.id, id: signed.id }, 'NOT_FOUND');
    await expectRefused(ctx, 'signatures:image', { inspectionId: 99999, id: signed.id }, 'NOT_FOUND');
    await expectRefused(ctx, 'signatures:image', { inspectionId: draft.id }, 'INVALID_ARGS');
  });
});

describe('inspections:lock', () => {
  it('refuses while a panel member or the institution’s representative has not signed', async () => {
    await scoreEverything(draft.id);
    await sign(draft.id, '李评估', 'panelLead');
    const message = await expectRefused(ctx, 'inspections:lock', { inspectionId: draft.id }, 'SIGNATURES_MISSING');
    expect(message).toContain('王评估');
    expect(message).toContain('被评估机构负责人');
  });

  it('refuses an incomplete score and names what is left', async () => {
    await scoreEverything(draft.id, ['1.1.1']);
    await signEveryone(draft.id);
    const message = await expectRefused(ctx, 'inspections:lock', { inspectionId: draft.id }, 'SCORING_INCOMPLETE');
    expect(message).toContain('1.1.1');
  });

  it('locks a signed, fully scored inspection and stores its score; then it is read-only', async () => {
    const locked = await lockedInspection();
    const expected = score(shanxiRenewal2023, answersFromRows(shanxiRenewal2023, listAnswers(ctx.db, draft.id))).total;
    expect(locked).toMatchObject({ id: draft.id, status: 'locked', scoreHundredths: expected });
    expect(expected).toBeGreaterThan(0);
    await expectRefused(ctx, 'inspections:lock', { inspectionId: draft.id }, 'INSPECTION_LOCKED');
    await expectRefused(ctx, 'inspections:saveAnswer', { inspectionId: draft.id, itemId: '1.1.1', answer: null }, 'INSPECTION_LOCKED');
    await expectRefused(ctx, 'inspections:lock', { inspectionId: 'x' }, 'INVALID_ARGS');
    expect(verifyAuditLog(ctx.db).ok).toBe(true);
  });
});

describe('inspections:revise', () => {
  it('needs a reason, and a signed inspection: a draft is simply edited', async () => {
    await expectRefused(ctx, 'inspections:revise', { inspectionId: draft.id, reason: '更正' }, 'INVALID_STATUS');
    await lockedInspection();
    const message = await expectRefused(ctx, 'inspections:revise', { inspectionId: draft.id, reason: '  ' }, 'INVALID_ARGS');
    expect(message).toContain('请填写修订原因');
    await expectRefused(ctx, 'inspections:revise', { inspectionId: draft.id }, 'INVALID_ARGS');
    await expectRefused(ctx, 'inspections:revise', { inspectionId: 99999, reason: '更正' }, 'NOT_FOUND');
  });

  it('opens a new draft revision with the whole record but no signatures; the signed one stays locked and unchanged', async () => {
    await lockedInspection();
    const parentRows = rowsOf(draft.id);
    const revision = await callOk<InspectionRecord>(ctx, 'inspections:revise', { inspectionId: draft.id, reason: '机构补交考试计划备案材料' });
    expect(revision).toMatchObject({ status: 'draft', revision: 2, parentId: draft.id, revisionReason: '机构补交考试计划备案材料' });
    expect(rowsOf(draft.id)).toBe(parentRows);

    const parent = await callOk<InspectionDetail>(ctx, 'inspections:get', { id: draft.id });
    const copy = await callOk<InspectionDetail>(ctx, 'inspections:get', { id: revision.id });
    expect(parent.inspection.status).toBe('locked');
    expect(copy.answers).toHaveLength(parent.answers.length);
    expect(copy.draws.map((d) => [d.purpose, d.sequence, d.record])).toEqual(parent.draws.map((d) => [d.purpose, d.sequence, d.record]));
    expect(copy.findings.map((f) => [f.itemId, f.unitKind, f.unitId, f.description])).toEqual(
      parent.findings.map((f) => [f.itemId, f.unitKind, f.unitId, f.description]),
    );
    expect(copy.findings.every((f) => copy.draws.some((d) => d.id === f.drawId) || f.drawId === null)).toBe(true);
    expect(copy.evidence.map((e) => [e.relativePath, e.sha256, copy.findings.some((f) => f.id === e.findingId)])).toEqual(
      parent.evidence.map((e) => [e.relativePath, e.sha256, parent.findings.some((f) => f.id === e.findingId)]),
    );
    expect(copy.signatures).toEqual([]);

    // The copy's evidence reads from the parent's file, intact; the revision is edited and signed anew.
    const photo = copy.evidence[0];
    expect(await callOk(ctx, 'evidence:read', { inspectionId: revision.id, id: photo?.id })).toMatchObject({ intact: true });
    await callOk(ctx, 'inspections:saveAnswer', {
      inspectionId: revision.id,
      itemId: 'veto:四(一)3',
      answer: { answer: '是', note: '超出备案范围开展评价' },
    });
    await expectRefused(ctx, 'inspections:lock', { inspectionId: revision.id }, 'SIGNATURES_MISSING');
    await signEveryone(revision.id);
    expect(await callOk(ctx, 'inspections:lock', { inspectionId: revision.id })).toMatchObject({ status: 'locked', revision: 2 });
    expect(rowsOf(draft.id)).toBe(parentRows);
    expect(verifyAuditLog(ctx.db).ok).toBe(true);
  });
});
