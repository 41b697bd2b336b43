import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, createWorkingCalendar, HOLIDAYS_CN, toDayNumber, fromDayNumber } from '../../../../shared/domain/deadlines';
import { DUE_SOON_WORKING_DAYS, rectificationBadge, rectificationWatch, watchRank, type WatchInput } from '../../../../shared/domain/rectification';

const calendar = createWorkingCalendar(HOLIDAYS_CN);
const due = '2023-11-12';
const open: WatchInput = { dueOn: due, responses: [], decision: null };

describe('rectification deadline watch (R-YQ-06)', () => {
  it('R-YQ-06 in progress, due soon within 10 working days, overdue the day after the deadline', () => {
    expect(rectificationWatch(open, '2023-09-12', calendar)).toMatchObject({ watch: 'inProgress' });
    // 2023-11-12 is a Sunday: from Fri 10-27 the working days left are Mon 10-30 … Fri 11-10, ten of them.
    expect(rectificationWatch(open, '2023-10-26', calendar)).toEqual({ watch: 'inProgress', workingDaysLeft: DUE_SOON_WORKING_DAYS + 1 });
    expect(rectificationWatch(open, '2023-10-27', calendar)).toEqual({ watch: 'dueSoon', workingDaysLeft: DUE_SOON_WORKING_DAYS });
    expect(rectificationWatch(open, due, calendar)).toEqual({ watch: 'dueSoon', workingDaysLeft: 0 });
    expect(rectificationWatch(open, '2023-11-13', calendar)).toEqual({ watch: 'overdue', workingDaysLeft: -1 });
  });

  it('R-YQ-06 a response received by the deadline keeps it in progress; a late one leaves it overdue', () => {
    const onTime = { ...open, responses: [{ receivedOn: '2023-11-10' }] };
    expect(rectificationWatch(onTime, '2023-11-09', calendar).watch).toBe('dueSoon');
    expect(rectificationWatch(onTime, '2023-11-10', calendar).watch).toBe('inProgress');
    expect(rectificationWatch(onTime, '2023-12-20', calendar).watch).toBe('inProgress');
    const late = { ...open, responses: [{ receivedOn: '2023-11-20' }] };
    expect(rectificationWatch(late, '2023-12-20', calendar).watch).toBe('overdue');
  });

  it('R-YQ-06 a decision ends the watch from the day it is made', () => {
    const decided = { ...open, decision: { decidedOn: '2023-11-20' } };
    expect(rectificationWatch(decided, '2023-11-19', calendar).watch).toBe('overdue');
    expect(rectificationWatch(decided, '2023-11-20', calendar).watch).toBe('none');
  });

  it('badges: 整改中 while it runs, 整改逾期 once overdue, none when decided', () => {
    expect(rectificationBadge('inProgress')).toBe('整改中');
    expect(rectificationBadge('dueSoon')).toBe('整改中');
    expect(rectificationBadge('overdue')).toBe('整改逾期');
    expect(rectificationBadge('none')).toBeNull();
  });

  const day = (base: string) => fc.integer({ min: -120, max: 200 }).map((offset) => addDays(base, offset));
  const input = fc.record({
    dueOn: day('2023-11-12'),
    responses: fc.array(fc.record({ receivedOn: day('2023-11-12') }), { maxLength: 3 }),
    decision: fc.option(fc.record({ decidedOn: day('2023-11-12') }), { nil: null }),
  });

  it('R-YQ-06 property: the watch never goes back as days pass, unless a response or decision came in between', () => {
    fc.assert(
      fc.property(input, day('2023-11-12'), fc.integer({ min: 1, max: 90 }), (watchInput, first, gap) => {
        const later = addDays(first, gap);
        const events = [...watchInput.responses.map((r) => r.receivedOn), ...(watchInput.decision ? [watchInput.decision.decidedOn] : [])];
        const between = events.some((event) => toDayNumber(event) > toDayNumber(first) && toDayNumber(event) <= toDayNumber(later));
        if (between) return;
        const before = rectificationWatch(watchInput, first, calendar);
        const after = rectificationWatch(watchInput, later, calendar);
        expect(watchRank(after.watch)).toBeGreaterThanOrEqual(watchRank(before.watch));
        expect(after.workingDaysLeft).toBeLessThanOrEqual(before.workingDaysLeft);
      }),
    );
  });

  it('R-YQ-06 property: with nothing received, every day is at least as far along as the day before', () => {
    fc.assert(
      fc.property(day('2023-11-12'), (dueOn) => {
        let rank = 0;
        for (let n = toDayNumber(dueOn) - 60; n <= toDayNumber(dueOn) + 10; n++) {
          const next = watchRank(rectificationWatch({ dueOn, responses: [], decision: null }, fromDayNumber(n), calendar).watch);
          expect(next).toBeGreaterThanOrEqual(rank);
          rank = next;
        }
      }),
      { numRuns: 30 },
    );
  });
});
