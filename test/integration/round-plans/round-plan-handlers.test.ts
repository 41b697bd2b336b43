import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundVerification } from '../../../shared/domain/double-random/types';
import type { RoundPlanSummary, RoundPlanView } from '../../../shared/ipc/channels/round-plans';
import { makeTestContext } from '../../support/context';
import { callOk, expectRefused } from '../../support/handler-calls';
import { officeTemplate, processRules, seedProvince, YEAR } from './round-plan-fixtures';

let office: ReturnType<typeof officeTemplate>;
beforeAll(() => {
  office = officeTemplate();
}, 120_000);
afterAll(() => office.cleanup());

const sha256OfHex = (hex: string): string => createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex');
const ANNOUNCED = '0123456789abcdef0123456789abcdef';

describe('round plans through the window’s channels', () => {
  it('creates a plan with a generated seed whose hash is shown and the seed hidden until the draw', async () => {
    const { ctx, db } = office.context();
    seedProvince(db);
    const view = await callOk<RoundPlanView>(ctx, 'roundPlans:create', { name: `${YEAR}年度延续备案评估`, year: YEAR });
    expect(view.seed).toBeNull();
    expect(view.seedSource).toBe('generated');
    expect(view.seedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(view.rules.renewalWindow).toEqual({ from: `${YEAR}-01-01`, to: `${YEAR}-12-31` });
    expect(view.round).toMatchObject({ origin: 'office', year: YEAR });
    const drawn = await callOk<RoundPlanView>(ctx, 'roundPlans:draw', { roundUid: view.round.uid });
    expect(drawn.seed).toMatch(/^[0-9a-f]{32,128}$/);
    expect(sha256OfHex(drawn.seed ?? '')).toBe(view.seedHash);
    const list = await callOk<RoundPlanSummary[]>(ctx, 'roundPlans:list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ seedHash: view.seedHash, selected: drawn.draw?.selected.length });
  }, 60_000);

  it('an announced seed is kept as given (lower case) with its note, and its commitment is SHA-256 of its bytes', async () => {
    const { ctx } = office.context();
    const view = await callOk<RoundPlanView>(ctx, 'roundPlans:create', {
      name: '公布种子的轮次',
      year: YEAR,
      seed: ANNOUNCED.toUpperCase(),
      seedNote: '2026-12-01 双色球开奖号码',
    });
    expect(view).toMatchObject({ seedSource: 'announced', seedNote: '2026-12-01 双色球开奖号码', seedHash: sha256OfHex(ANNOUNCED) });
    await expectRefused(ctx, 'roundPlans:create', { name: '只有说明', year: YEAR, seedNote: '没有种子' }, 'ROUND_SEED_NOTE_WITHOUT_SEED');
  }, 60_000);

  it('rules change before the draw; the draw is stored once; after it rules and a second draw are refused', async () => {
    const { ctx, db } = office.context();
    seedProvince(db);
    const view = await callOk<RoundPlanView>(ctx, 'roundPlans:create', { name: '过程化资料抽检', year: YEAR, seed: ANNOUNCED });
    const changed = await callOk<RoundPlanView>(ctx, 'roundPlans:setRules', { roundUid: view.round.uid, rules: processRules() });
    expect(changed.rules.processCheck?.batchPercent.socialOrg).toBe(50);
    const drawn = await callOk<RoundPlanView>(ctx, 'roundPlans:draw', { roundUid: view.round.uid });
    expect(drawn.draw?.selected.length).toBeGreaterThan(0);
    const text = await expectRefused(ctx, 'roundPlans:draw', { roundUid: view.round.uid }, 'ROUND_ALREADY_DRAWN');
    expect(text).toContain('过程化资料抽检');
    await expectRefused(ctx, 'roundPlans:setRules', { roundUid: view.round.uid, rules: processRules() }, 'ROUND_ALREADY_DRAWN');
    const verification = await callOk<RoundVerification>(ctx, 'roundPlans:verify', { roundUid: view.round.uid });
    expect(verification).toMatchObject({ ok: true, problems: [] });
  }, 60_000);

  it('the previous round must be another round drawn here', async () => {
    const { ctx } = office.context();
    const first = await callOk<RoundPlanView>(ctx, 'roundPlans:create', { name: '上一轮', year: YEAR - 1 });
    const second = await callOk<RoundPlanView>(ctx, 'roundPlans:create', { name: '本轮', year: YEAR });
    const withPrevious = (uid: string) => ({ ...processRules(), panel: { ...processRules().panel, previousRoundUid: uid } });
    await expectRefused(ctx, 'roundPlans:setRules', { roundUid: second.round.uid, rules: withPrevious('f'.repeat(32)) }, 'ROUND_PREVIOUS_NOT_FOUND');
    await expectRefused(ctx, 'roundPlans:setRules', { roundUid: second.round.uid, rules: withPrevious(first.round.uid) }, 'ROUND_PREVIOUS_NOT_DRAWN');
    await expectRefused(ctx, 'roundPlans:setRules', { roundUid: second.round.uid, rules: withPrevious(second.round.uid) }, 'ROUND_PREVIOUS_IS_SELF');
    await expectRefused(ctx, 'roundPlans:get', { roundUid: 'e'.repeat(32) }, 'ROUND_PLAN_NOT_FOUND');
    await expectRefused(ctx, 'roundPlans:verify', { roundUid: first.round.uid }, 'ROUND_NOT_DRAWN');
  }, 60_000);

  it('a pool where every expert declared a conflict with every institution draws empty panels with shortfalls', async () => {
    const { ctx, db } = office.context();
    const { a, b, c } = seedProvince(db);
    const conflict = db.prepare("INSERT INTO expert_conflicts (expert_id, relation, institution_uscc) VALUES (?, 'related', ?)");
    for (const { id } of db.prepare('SELECT id FROM experts').all() as { id: number }[]) for (const f of [a, b, c]) conflict.run(id, f.uscc);
    const view = await callOk<RoundPlanView>(ctx, 'roundPlans:create', { name: '全部回避', year: YEAR, rules: processRules() });
    const drawn = await callOk<RoundPlanView>(ctx, 'roundPlans:draw', { roundUid: view.round.uid });
    const panels = drawn.draw?.panels ?? [];
    expect(panels.length).toBeGreaterThan(0);
    for (const panel of panels) {
      expect(panel.seats).toEqual([]);
      expect(panel.shortfall).toEqual({ leader: true, members: 2 });
      expect(panel.exclusions.every((exclusion) => exclusion.reasons.includes('declaredConflict'))).toBe(true);
    }
    expect(drawn.draw?.notes.filter((note) => note.code === 'PANEL_SHORT')).toHaveLength(panels.length);
    const list = await callOk<RoundPlanSummary[]>(ctx, 'roundPlans:list', {});
    expect(list[0]?.shortPanels).toBe(panels.length);
  }, 60_000);

  it('a store that is not the office’s cannot plan a round', async () => {
    const ctx = makeTestContext();
    try {
      await expectRefused(ctx, 'roundPlans:create', { name: '笔记本上的轮次', year: YEAR }, 'SYNC_NOT_SET_UP');
      expect(await callOk<RoundPlanSummary[]>(ctx, 'roundPlans:list', {})).toEqual([]);
    } finally {
      ctx.cleanup();
    }
  });
});
