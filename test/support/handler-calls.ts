import { expect } from 'vitest';
import { createDemoData } from '../../db/demo/generate';
import { dispatch } from '../../electron/handlers/dispatch';
import type { HandlerContext } from '../../electron/handlers/context';
import { errorInfoText } from '../../shared/errors';
import type { InspectionRecord } from '../../shared/store/records';
import { makeTestContext, type TestContext } from './context';
import { dumpDatabase } from './dump';

/** Calls a channel the way the window does and returns its value; a refusal fails the test with its message. */
export async function callOk<T>(ctx: HandlerContext, channel: string, args: unknown): Promise<T> {
  const result = await dispatch(ctx, channel, args);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${errorInfoText(result.error)}`);
  return result.value as T;
}

/**
 * Calls a channel that must refuse: expects `{ ok: false, error: { code, params? } }` with the given code, a Chinese
 * text from the registry, and the database unchanged (compared as a full dump).
 * Returns the zh-CN text (errorInfoText).
 */
export async function expectRefused(ctx: HandlerContext, channel: string, args: unknown, code: string): Promise<string> {
  const before = dumpDatabase(ctx.db);
  const result = await dispatch(ctx, channel, args);
  expect(result).toMatchObject({ ok: false, error: { code } });
  expect(dumpDatabase(ctx.db)).toBe(before);
  if (result.ok) return '';
  const text = errorInfoText(result.error);
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  return text;
}

/** A demo filing with batches and candidates, so every sampling rule has a population. */
export function demoFilingWithCandidates(ctx: HandlerContext): { filingId: number; institutionId: number } {
  const row = ctx.db
    .prepare(
      `SELECT f.id AS filingId, f.institution_id AS institutionId FROM filings f
       WHERE EXISTS (SELECT 1 FROM batches b JOIN candidates c ON c.batch_id = b.id WHERE b.filing_id = f.id)
       ORDER BY f.id LIMIT 1`,
    )
    .get() as { filingId: number; institutionId: number } | undefined;
  if (!row) throw new Error('the demo data has no filing with candidates');
  return row;
}

export const PANEL = [
  { name: '李评估', role: 'lead' },
  { name: '王评估', role: 'member' },
] as const;

/** A new draft inspection with the Shanxi form through inspections:create, as the 新建核查 screen makes it. */
export function createDraftInspection(ctx: HandlerContext, filing = demoFilingWithCandidates(ctx)): Promise<InspectionRecord> {
  return callOk<InspectionRecord>(ctx, 'inspections:create', {
    institutionId: filing.institutionId,
    filingId: filing.filingId,
    templateId: 'shanxi-renewal-2023',
    panel: PANEL,
    inspectionDate: '2023-09-10',
    site: '阳泉市城区',
  });
}

/** A real temporary database with the demo data and one new draft: what each handler test starts from. */
export async function openDemoWithDraft(now: string): Promise<{ ctx: TestContext; draft: InspectionRecord }> {
  const ctx = makeTestContext({ now: () => new Date(now) });
  createDemoData(ctx.db);
  return { ctx, draft: await createDraftInspection(ctx) };
}
