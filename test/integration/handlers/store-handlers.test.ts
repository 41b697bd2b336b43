import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { InstitutionDetail, InstitutionListRow } from '../../../shared/ipc/channels/institutions';
import type { InspectionDetail } from '../../../shared/ipc/channels/inspections';
import type { InspectionRecord } from '../../../shared/store/records';
import { runCliCaptured } from '../../support/cli';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { callOk } from '../../support/handler-calls';
import { errorInfoText } from '../../../shared/errors';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext({ now: () => new Date('2023-09-05T02:00:00Z') });
  createDemoData(ctx.db);
});
afterEach(() => ctx.cleanup());

const call = <T>(channel: string, args: unknown): Promise<T> => callOk<T>(ctx, channel, args);

async function createDraft(): Promise<InspectionRecord> {
  const [row] = await call<InstitutionListRow[]>('institutions:list', { query: '热力', kind: 'enterprise' });
  if (!row) throw new Error('demo institution missing');
  return call<InspectionRecord>('inspections:create', {
    institutionId: row.institutionId,
    filingId: row.id,
    templateId: 'shanxi-renewal-2023',
    panel: [{ name: '李评估', role: 'lead' }],
    inspectionDate: '2023-09-10',
    site: '阳泉市城区',
  });
}

describe('institutions:list / institutions:get', () => {
  it('lists the demo filings with search and filters (kind, region, year, status)', async () => {
    expect(await call<InstitutionListRow[]>('institutions:list', {})).toHaveLength(21);
    const heat = await call<InstitutionListRow[]>('institutions:list', { query: '热力' });
    expect(heat.map((r) => r.kind).sort()).toEqual(['enterprise', 'socialOrg']);
    expect(new Set(heat.map((r) => r.institutionId)).size).toBe(1);
    expect(await call<InstitutionListRow[]>('institutions:list', { kind: 'college' })).toHaveLength(3);
    expect(await call<InstitutionListRow[]>('institutions:list', { filingYear: 2021 })).toHaveLength(8);
    const suburb = await call<InstitutionListRow[]>('institutions:list', { region: '阳泉市郊区' });
    expect(suburb.every((r) => r.region === '阳泉市郊区')).toBe(true);
    const all = await call<InstitutionListRow[]>('institutions:list', {});
    const status = all[0]?.status;
    const byStatus = await call<InstitutionListRow[]>('institutions:list', { status });
    expect(byStatus.length).toBe(all.filter((r) => r.status === status).length);
    expect(all.every((r) => r.demo)).toBe(true);
  });

  it('statuses of the demo are computed as of its reference day unless a day is given', async () => {
    const asOfNotice = await call<InstitutionListRow[]>('institutions:list', {});
    expect(asOfNotice.some((r) => r.status === 'active')).toBe(true);
    const later = await call<InstitutionListRow[]>('institutions:list', { onDate: '2030-01-01' });
    expect(later.every((r) => r.status === 'deemedAbandoned')).toBe(true);
  });

  it('returns filings, filed scope, batches and candidates with ID numbers masked — never the full number', async () => {
    const [row] = await call<InstitutionListRow[]>('institutions:list', { query: '阳泉职业技术学院' });
    const detail = await call<InstitutionDetail>('institutions:get', { id: row?.institutionId, includeCandidates: true });
    expect(detail.name).toBe('阳泉职业技术学院');
    expect(detail.filings.map((f) => f.kind)).toEqual(['college', 'socialOrg']);
    const candidates = detail.filings.flatMap((f) => f.batches.flatMap((b) => b.candidates));
    expect(candidates.length).toBeGreaterThan(0);
    const fullNumbers = (ctx.db.prepare('SELECT id_number FROM candidates').all() as { id_number: string }[]).map((r) => r.id_number);
    const payload = JSON.stringify(detail);
    expect(fullNumbers.some((n) => payload.includes(n))).toBe(false);
    expect(payload).not.toContain('"idNumber"');
    expect(candidates[0]?.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    const withoutCandidates = await call<InstitutionDetail>('institutions:get', { id: row?.institutionId });
    expect(withoutCandidates.filings[0]?.batches[0]?.candidates).toEqual([]);
    expect(await dispatch(ctx, 'institutions:get', { id: 99999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('inspections channels', () => {
  it('create → saveAnswer (autosave + audit) → get → list', async () => {
    const created = await createDraft();
    expect(created).toMatchObject({ status: 'draft', templateVersion: '2023.1', revision: 1 });
    const saved = await call<{ changed: boolean; auditSeq: number }>('inspections:saveAnswer', {
      inspectionId: created.id,
      itemId: '1.1.1',
      answer: { deductions: {} },
    });
    expect(saved.changed).toBe(true);
    await call('inspections:saveAnswer', { inspectionId: created.id, itemId: 'veto:四(一)2', answer: { answer: '否' } });
    const detail = await call<InspectionDetail>('inspections:get', { id: created.id });
    // The scoring context (filing year) is stored when the inspection is created.
    expect(detail.answers.map((a) => a.itemId).sort()).toEqual(['1.1.1', 'context', 'veto:四(一)2']);
    expect(detail.answers[0]?.updatedBy).toBe('本机用户');
    const list = await call<{ id: number; status: string }[]>('inspections:list', {});
    // The demo data brings a locked and a draft inspection of its own; the new draft comes last.
    expect(list.map((i) => i.status)).toEqual(['locked', 'draft', 'draft']);
    expect(list.at(-1)).toEqual(expect.objectContaining({ id: created.id, status: 'draft', scoreHundredths: null }));
  });

  it('rejects unknown items, malformed answers and bad payloads with Chinese messages, changing nothing', async () => {
    const created = await createDraft();
    const before = dumpDatabase(ctx.db);
    const unknownItem = await dispatch(ctx, 'inspections:saveAnswer', { inspectionId: created.id, itemId: '9.9.9', answer: {} });
    expect(unknownItem).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ITEM', params: { key: '9.9.9' } } });
    if (!unknownItem.ok) expect(errorInfoText(unknownItem.error)).toContain('没有评估项 9.9.9');
    const badShape = await dispatch(ctx, 'inspections:saveAnswer', { inspectionId: created.id, itemId: '1.1.1', answer: { tier: 3, bogus: true } });
    expect(badShape).toMatchObject({ ok: false, error: { code: 'INVALID_ANSWER' } });
    const extraField = await dispatch(ctx, 'inspections:create', {
      institutionId: 1,
      filingId: 1,
      templateId: 'shanxi-renewal-2023',
      panel: [{ name: 'a', role: 'lead' }],
      inspectionDate: '2023-09-10',
      admin: true,
    });
    expect(extraField).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', issues: [{ path: [], code: 'ARG_UNKNOWN_KEYS', params: { keys: 'admin' } }] },
    });
    const unknownTemplate = await dispatch(ctx, 'inspections:create', {
      institutionId: 1,
      filingId: 1,
      templateId: 'nope',
      panel: [{ name: 'a', role: 'lead' }],
      inspectionDate: '2023-09-10',
    });
    expect(unknownTemplate).toMatchObject({ ok: false, error: { code: 'TEMPLATE_NOT_FOUND' } });
    const wrongFiling = await dispatch(ctx, 'inspections:create', {
      institutionId: 1,
      filingId: 21,
      templateId: 'shanxi-renewal-2023',
      panel: [{ name: 'a', role: 'lead' }],
      inspectionDate: '2023-09-10',
    });
    expect(wrongFiling).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const huge = await dispatch(ctx, 'inspections:saveAnswer', { inspectionId: created.id, itemId: '1.1.1', answer: { note: 'x'.repeat(300_000) } });
    expect(huge).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(dumpDatabase(ctx.db)).toBe(before);
  });
});

describe('CLI lists', () => {
  it('institutions list --json and inspections list --json give the documented fields', async () => {
    const created = await createDraft();
    const institutions = await runCliCaptured(['institutions', 'list', '--db', ctx.databasePath, '--json']);
    expect(institutions.code).toBe(0);
    const rows = JSON.parse(institutions.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(21);
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'name', 'uscc', 'kind', 'filingNo', 'filingYear', 'validFrom', 'validTo', 'status']);
    const inspections = await runCliCaptured(['inspections', 'list', '--db', ctx.databasePath, '--json']);
    const listed = JSON.parse(inspections.stdout) as Record<string, unknown>[];
    expect(listed).toHaveLength(3); // the demo's locked and draft inspections, then the new one
    expect(listed.at(-1)).toEqual({
      id: created.id,
      institutionId: created.institutionId,
      templateId: 'shanxi-renewal-2023',
      status: 'draft',
      score: null,
    });
    expect(listed[0]).toMatchObject({ status: 'locked', score: expect.any(Number) });
    const text = await runCliCaptured(['institutions', 'list', '--db', ctx.databasePath, '--on', '2023-02-30']);
    expect(text.code).toBe(2);
  });
});
