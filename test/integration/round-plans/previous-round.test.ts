import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRoundDraw } from '../../../db/repositories/round-draws';
import { inspectedUsccsByExpert } from '../../../electron/services/round-plans/expert-directory';
import type { RoundPlanView } from '../../../shared/ipc/channels/round-plans';
import { callOk } from '../../support/handler-calls';
import { officeTemplate, processRules, seedProvince, YEAR } from './round-plan-fixtures';

let office: ReturnType<typeof officeTemplate>;
beforeAll(() => {
  office = officeTemplate();
}, 120_000);
afterAll(() => office.cleanup());

describe('回避 of the previous round across two rounds', () => {
  it('the second round’s expert directory lists whom each expert inspected, and no panel seats them there again', async () => {
    const { ctx, db } = office.context();
    const { a, b, c } = seedProvince(db);
    const rules = { ...processRules(), panel: { ...processRules().panel, members: 1 } };
    const first = await callOk<RoundPlanView>(ctx, 'roundPlans:create', { name: `${YEAR - 1}年度抽检`, year: YEAR - 1, rules });
    await callOk<RoundPlanView>(ctx, 'roundPlans:draw', { roundUid: first.round.uid });
    const firstDraw = getRoundDraw(db, first.round.uid);
    if (!firstDraw) throw new Error('first round not stored');
    const inspected = inspectedUsccsByExpert(firstDraw.record);
    expect([...inspected.values()].flat().length).toBeGreaterThan(0);
    for (const usccs of inspected.values()) for (const uscc of usccs) expect([a.uscc, b.uscc, c.uscc]).toContain(uscc);

    const secondRules = { ...rules, panel: { ...rules.panel, previousRoundUid: first.round.uid, avoidPreviousRound: true } };
    const second = await callOk<RoundPlanView>(ctx, 'roundPlans:create', { name: `${YEAR}年度抽检`, year: YEAR, rules: secondRules });
    await callOk<RoundPlanView>(ctx, 'roundPlans:draw', { roundUid: second.round.uid });
    const secondDraw = getRoundDraw(db, second.round.uid);
    if (!secondDraw) throw new Error('second round not stored');
    for (const expert of secondDraw.experts.experts) expect(expert.previousRoundUsccs).toEqual(inspected.get(expert.code) ?? []);
    const usccOf = new Map(secondDraw.record.selected.map((filing) => [filing.filingId, filing.uscc]));
    for (const panel of secondDraw.record.panels) {
      const uscc = usccOf.get(panel.filingId) ?? '';
      for (const seat of panel.seats) expect(inspected.get(seat.code) ?? []).not.toContain(uscc);
    }
    const previousExclusions = secondDraw.record.panels.flatMap((panel) => panel.exclusions).filter((e) => e.reasons.includes('previousRound'));
    expect(previousExclusions.length).toBeGreaterThan(0);
  }, 90_000);
});
