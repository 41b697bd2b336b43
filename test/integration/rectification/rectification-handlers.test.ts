import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { HandlerContext } from '../../../electron/handlers/context';
import { buildOpinionSummary } from '../../../electron/services/sync/review/opinion-summary';
import { RECTIFICATION_BASIS_PARAGRAPH } from '../../../shared/domain/rectification';
import type { RectificationView } from '../../../shared/domain/rectification';
import type { InstitutionListRow } from '../../../shared/ipc/channels/institutions';
import type { SyncReviewItem, SyncReviewPage } from '../../../shared/ipc/channels/sync';
import { callOk, expectRefused } from '../../support/handler-calls';
import { officeWithImport, prepareRectificationWorld, type RectificationWorld } from './rectification-fixtures';

let setup: RectificationWorld;
beforeAll(async () => {
  setup = await prepareRectificationWorld();
}, 300_000);
afterAll(() => setup.world.close());

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PDF = Buffer.from('%PDF-1.4\n%fake\n');

async function reviewItem(ctx: HandlerContext, filingId: number): Promise<SyncReviewItem> {
  const filingNo = (ctx.db.prepare('SELECT filing_no FROM filings WHERE id = ?').get(filingId) as { filing_no: string }).filing_no;
  const { items } = await callOk<SyncReviewPage>(ctx, 'sync:reviewList', {});
  const item = items.find((i) => i.filingNo === filingNo);
  if (!item) throw new Error(`no review item for filing ${filingId}`);
  return item;
}

async function accept(ctx: HandlerContext, filingId: number): Promise<SyncReviewItem> {
  const item = await reviewItem(ctx, filingId);
  await callOk(ctx, 'sync:review', { importedId: item.importedId, decision: 'accepted' });
  return item;
}

const count = (ctx: HandlerContext, table: string) => (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('rectification at the office (R-YQ-06)', () => {
  it('R-YQ-06 accepting an outcome that orders rectification opens it with the findings, the 2-month deadline and the basis', async () => {
    const office = officeWithImport(setup, 'accept.sqlite');
    try {
      const { ctx } = office;
      const deferred = await reviewItem(ctx, setup.filings.deferred);
      expect(await callOk<RectificationView[]>(ctx, 'rectifications:list', {})).toEqual([]);
      await accept(ctx, setup.filings.deferred);
      const [opened, ...others] = await callOk<RectificationView[]>(ctx, 'rectifications:list', { onDate: '2023-09-20' });
      expect(others).toEqual([]);
      expect(opened).toMatchObject({
        filingId: setup.filings.deferred,
        inspectionId: deferred.inspectionId,
        outcomeCategory: 'defer',
        outcomeLabel: '暂时不予延续备案',
        inspectionDate: '2023-09-05',
        deadlineRule: { unit: 'months', count: 2 },
        dueOn: '2023-11-05',
        origin: 'office',
        openedBy: '阳泉市人力资源和社会保障局',
        stage: 'open',
        watch: 'inProgress',
        allowedDecisions: ['renew', 'terminate'],
        decision: null,
        responses: [],
        followUps: [],
        notice: null,
      });
      expect(opened?.basis).toContain('阳人社函〔2023〕221号 §四(二)1');
      expect(opened?.basis).toContain(RECTIFICATION_BASIS_PARAGRAPH);
      // The example answers lose points on several items; each is listed in form order with its notes.
      expect(opened?.findings.length).toBeGreaterThan(3);
      expect(opened?.findings.find((f) => f.key === 'item:2.1.1')).toMatchObject({ kind: 'deduction', notes: ['缺质量督导岗'] });
      // The situation that ordered it comes first, then the items in form order.
      expect(opened?.findings[0]).toMatchObject({ kind: 'condition', refId: 'auditFindingsNotRectified' });
      const keys = opened?.findings.filter((f) => f.kind === 'deduction').map((f) => f.refId) ?? [];
      expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
      // The base answers are the accepted inspection's rows as stored.
      const stored = ctx.db.prepare('SELECT base_answers_json FROM rectifications').get() as { base_answers_json: string };
      const rows = ctx.db.prepare('SELECT item_id, payload_json FROM answers WHERE inspection_id = ? ORDER BY item_id').all(deferred.inspectionId);
      expect(JSON.parse(stored.base_answers_json)).toEqual(rows);

      // Opening again (the window's button) returns the same record.
      const again = await callOk<RectificationView>(ctx, 'rectifications:open', { inspectionId: deferred.inspectionId });
      expect(again.uid).toBe(opened?.uid);
      expect(count(ctx, 'rectifications')).toBe(1);

      // The clean filing orders none: accepting it opens nothing, and opening it is refused.
      const clean = await accept(ctx, setup.filings.clean);
      expect(count(ctx, 'rectifications')).toBe(1);
      await expectRefused(ctx, 'rectifications:open', { inspectionId: clean.inspectionId }, 'RECTIFICATION_NOT_ORDERED');
      // Not yet accepted: refused, nothing stored.
      const suspended = await reviewItem(ctx, setup.filings.suspended);
      await expectRefused(ctx, 'rectifications:open', { inspectionId: suspended.inspectionId }, 'RECTIFICATION_NOT_ACCEPTED');
      await accept(ctx, setup.filings.suspended);
      const views = await callOk<RectificationView[]>(ctx, 'rectifications:list', { filingId: setup.filings.suspended });
      expect(views.map((v) => [v.outcomeCategory, v.dueOn, v.allowedDecisions])).toEqual([['suspend', '2023-11-06', ['resume', 'terminate']]]);
    } finally {
      office.close();
    }
  });

  it('R-YQ-06 a response stores its evidence files with their SHA-256; a file that is not what it claims stores nothing', async () => {
    const office = officeWithImport(setup, 'respond.sqlite');
    try {
      const { ctx } = office;
      await accept(ctx, setup.filings.deferred);
      const [view] = await callOk<RectificationView[]>(ctx, 'rectifications:list', {});
      const uid = view?.uid ?? '';
      const good = { name: '整改说明.pdf', mime: 'application/pdf', dataBase64: PDF.toString('base64') };
      const text = await expectRefused(
        ctx,
        'rectifications:respond',
        {
          uid,
          receivedOn: '2023-10-20',
          summary: '已补充督导岗',
          files: [good, { name: '现场照片.png', mime: 'image/png', dataBase64: PDF.toString('base64') }],
        },
        'RECTIFICATION_FILE_TYPE',
      );
      expect(text).toContain('现场照片.png');
      await expectRefused(
        ctx,
        'rectifications:respond',
        { uid, receivedOn: '2023-09-01', summary: '早于核查', files: [] },
        'RECTIFICATION_DATE_BEFORE_INSPECTION',
      );
      await expectRefused(
        ctx,
        'rectifications:respond',
        { uid: 'f'.repeat(32), receivedOn: '2023-10-20', summary: 'x', files: [] },
        'RECTIFICATION_NOT_FOUND',
      );

      const responded = await callOk<RectificationView>(ctx, 'rectifications:respond', {
        uid,
        receivedOn: '2023-10-20',
        summary: '已补充督导岗',
        files: [good, { name: '现场照片.png', mime: 'image/png', dataBase64: PNG.toString('base64') }],
      });
      expect(responded.stage).toBe('responded');
      expect(responded.responses).toHaveLength(1);
      expect(responded.responses[0]?.files.map((f) => [f.name, f.mime, f.bytes])).toEqual([
        ['整改说明.pdf', 'application/pdf', PDF.length],
        ['现场照片.png', 'image/png', PNG.length],
      ]);
      const { createHash } = await import('node:crypto');
      expect(responded.responses[0]?.files[1]?.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));
      // Answered on time: past the deadline it waits for the decision, not overdue.
      const later = await callOk<RectificationView>(ctx, 'rectifications:get', { uid, onDate: '2023-11-20' });
      expect(later.watch).toBe('inProgress');
    } finally {
      office.close();
    }
  });

  it('R-YQ-06 the decision is one the outcome allows, made once; 附件4 then shows the decided category', async () => {
    const office = officeWithImport(setup, 'decide.sqlite');
    try {
      const { ctx } = office;
      const deferred = await accept(ctx, setup.filings.deferred);
      const [view] = await callOk<RectificationView[]>(ctx, 'rectifications:list', {});
      const uid = view?.uid ?? '';
      const before = buildOpinionSummary(ctx.db)
        .years.flatMap((y) => y.rows)
        .find((r) => r.inspectionId === deferred.inspectionId);
      expect(before).toMatchObject({ opinion: 'defer', outcomeLabel: '暂时不予延续备案' });
      expect(before?.decisionLabel).toBeUndefined();

      await expectRefused(
        ctx,
        'rectifications:decide',
        { uid, decision: 'resume', reason: '已整改', decidedOn: '2023-11-10' },
        'RECTIFICATION_DECISION_NOT_ALLOWED',
      );
      await expectRefused(
        ctx,
        'rectifications:decide',
        { uid, decision: 'renew', reason: '已整改', decidedOn: '2023-11-10', followUpInspectionId: deferred.inspectionId },
        'RECTIFICATION_FOLLOW_UP_UNKNOWN',
      );
      await expectRefused(
        ctx,
        'rectifications:decide',
        { uid, decision: 'renew', reason: '已整改', decidedOn: '2023-01-10' },
        'RECTIFICATION_DATE_BEFORE_INSPECTION',
      );
      const decided = await callOk<RectificationView>(ctx, 'rectifications:decide', {
        uid,
        decision: 'renew',
        reason: '审计问题已整改到位',
        decidedOn: '2023-11-10',
      });
      expect(decided.stage).toBe('decided');
      expect(decided.decision).toMatchObject({ decision: 'renew', label: '准予延续', reason: '审计问题已整改到位', decidedOn: '2023-11-10' });
      expect((await callOk<RectificationView>(ctx, 'rectifications:get', { uid, onDate: '2023-12-01' })).watch).toBe('none');
      await expectRefused(
        ctx,
        'rectifications:decide',
        { uid, decision: 'terminate', reason: '改判', decidedOn: '2023-11-11' },
        'RECTIFICATION_ALREADY_DECIDED',
      );

      const after = buildOpinionSummary(ctx.db);
      const row = after.years.flatMap((y) => y.rows).find((r) => r.inspectionId === deferred.inspectionId);
      expect(row).toMatchObject({ opinion: 'renew', outcomeLabel: '同意延续备案', decisionLabel: '准予延续' });
      const year2020 = after.years.find((y) => y.filingYear === 2020);
      expect(year2020?.counts).toMatchObject({ renew: 1, defer: 0 });
      const summary = await callOk<{ years: { rows: { inspectionId: number; decisionLabel?: string }[] }[] }>(ctx, 'sync:summary', {});
      expect(summary.years.flatMap((y) => y.rows).find((r) => r.inspectionId === deferred.inspectionId)?.decisionLabel).toBe('准予延续');
    } finally {
      office.close();
    }
  });

  it('R-YQ-06 the institution list shows each filing’s rectification watch and filters by it', async () => {
    const office = officeWithImport(setup, 'watch.sqlite');
    try {
      const { ctx } = office;
      await accept(ctx, setup.filings.deferred);
      await accept(ctx, setup.filings.suspended);
      const list = (args: object) => callOk<InstitutionListRow[]>(ctx, 'institutions:list', args);
      const onDate = '2023-11-06';
      const rows = await list({ onDate });
      const deferredRow = rows.find((r) => r.id === setup.filings.deferred);
      expect(deferredRow?.rectification).toMatchObject({ watch: 'overdue', dueOn: '2023-11-05', workingDaysLeft: -1 });
      expect(rows.find((r) => r.id === setup.filings.suspended)?.rectification).toMatchObject({
        watch: 'dueSoon',
        dueOn: '2023-11-06',
        workingDaysLeft: 0,
      });
      expect(rows.find((r) => r.id === setup.filings.clean)?.rectification).toBeNull();
      expect((await list({ onDate, rectification: 'overdue' })).map((r) => r.id)).toEqual([setup.filings.deferred]);
      expect((await list({ onDate, rectification: 'dueSoon' })).map((r) => r.id)).toEqual([setup.filings.suspended]);
      expect((await list({ onDate: '2023-09-20', rectification: 'inProgress' })).map((r) => r.id).sort()).toEqual(
        [setup.filings.deferred, setup.filings.suspended].sort(),
      );
    } finally {
      office.close();
    }
  });

  it('writes are the office’s: the laptop lists the copies it holds but cannot respond, open or decide', async () => {
    const { ctx } = setup.laptop;
    expect(await callOk<RectificationView[]>(ctx, 'rectifications:list', {})).toEqual([]);
    const result = await dispatch(ctx, 'rectifications:respond', { uid: 'a'.repeat(32), receivedOn: '2023-10-20', summary: 'x', files: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'SYNC_ROLE_MISMATCH' } });
    expect(await dispatch(ctx, 'rectifications:open', { inspectionId: 1 })).toMatchObject({ ok: false, error: { code: 'SYNC_ROLE_MISMATCH' } });
    expect(
      await dispatch(ctx, 'rectifications:decide', { uid: 'a'.repeat(32), decision: 'renew', reason: 'x', decidedOn: '2023-11-10' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SYNC_ROLE_MISMATCH' },
    });
  });
});
