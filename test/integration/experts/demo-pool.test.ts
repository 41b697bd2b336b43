import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { DEMO_INSPECTORS } from '../../../db/demo/demo-panel';
import { listExperts } from '../../../db/repositories/experts';
import { validateIdCardNumber } from '../../../shared/domain/validation';
import type { ExpertView } from '../../../shared/ipc/channels/experts';
import { makeTestContext, type TestContext } from '../../support/context';
import { callOk } from '../../support/handler-calls';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
  createDemoData(ctx.db);
}, 120_000);
afterEach(() => ctx.cleanup());

describe('the demo database has a usable expert pool (专家库)', () => {
  it('15 experts with valid ID numbers, specialties among the demo filings, leaders, one conflict, one inactive', () => {
    const experts = listExperts(ctx.db);
    expect(experts).toHaveLength(15);
    expect(experts.map((e) => e.code)).toEqual(Array.from({ length: 15 }, (_, i) => `ZJ${String(i + 1).padStart(5, '0')}`));
    for (const expert of experts) expect(validateIdCardNumber(expert.idNumber).ok, expert.name).toBe(true);
    const filed = new Set((ctx.db.prepare('SELECT DISTINCT code FROM filed_occupations').all() as { code: string }[]).map((o) => o.code));
    for (const expert of experts) for (const code of expert.specialties) expect(filed.has(code), `${expert.name} ${code}`).toBe(true);
    // Every filed occupation has at least one active specialist.
    for (const code of filed)
      expect(
        experts.some((e) => e.active && e.specialties.includes(code)),
        code,
      ).toBe(true);
    expect(experts.filter((e) => e.roles.includes('lead')).length).toBeGreaterThanOrEqual(5);
    expect(experts.slice(0, 2).map((e) => e.name)).toEqual(DEMO_INSPECTORS.map((i) => i.name));
    expect(experts.filter((e) => !e.active).map((e) => e.name)).toEqual(['乔建平']);
    const conflicted = experts.filter((e) => e.conflicts.length > 0);
    expect(conflicted.map((e) => [e.name, e.conflicts[0]?.relation, e.conflicts[0]?.name])).toEqual([['杨志刚', 'worked', '阳泉市非凡职业培训学校']]);
    const uscc = ctx.db.prepare(`SELECT uscc FROM institutions WHERE name = '阳泉市非凡职业培训学校'`).get() as { uscc: string };
    expect(conflicted[0]?.conflicts[0]?.uscc).toBe(uscc.uscc);
    // One expert works at a demo institution: the same-employer 回避 has something to exclude.
    const employers = ctx.db.prepare('SELECT uscc FROM institutions').all() as { uscc: string }[];
    expect(experts.filter((e) => employers.some((i) => i.uscc === e.employerUscc)).map((e) => e.name)).toEqual(['赵国栋']);
  });

  it('experts:list shows it in the window with ID numbers masked', async () => {
    const listed = await callOk<ExpertView[]>(ctx, 'experts:list', { activeOnly: true });
    expect(listed).toHaveLength(14);
    expect(listed.every((e) => /^\d{4}\*{10}[\dX]{4}$/.test(e.idNumberMasked))).toBe(true);
  });
});
