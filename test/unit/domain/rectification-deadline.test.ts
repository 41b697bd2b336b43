import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, HOLIDAYS_CN, rectificationDeadline } from '../../../shared/domain/deadlines';
import { decideOutcome, type OutcomeFacts } from '../../../shared/domain/scoring/outcome';
import { score } from '../../../shared/domain/scoring';
import { getTemplate, type OutcomeRules } from '../../../shared/domain/templates';
import { answersWith } from './answers-helpers';

const calendar = createWorkingCalendar(HOLIDAYS_CN);
const shanxi = getTemplate('shanxi-renewal-2023');

describe('rectification deadline from the deciding outcome rule (R-YQ-06)', () => {
  it('R-YQ-06 each of the three Shanxi rectification rules carries 2 months into the outcome, counted from the inspection day', () => {
    for (const flag of ['auditFindingsNotRectified', 'legalRegistrationInvalid', 'resultBelowStandard']) {
      for (const filingYear of [2020, 2021]) {
        const { outcome } = score(shanxi, answersWith(shanxi, {}, { context: { filingYear, [flag]: true } }));
        expect(outcome).toMatchObject({
          ruleId: 'R-YQ-06',
          category: filingYear === 2020 ? 'defer' : 'suspend',
          rectification: { unit: 'months', count: 2 },
        });
        expect(rectificationDeadline(outcome.rectification, '2023-09-12', calendar)).toBe('2023-11-12');
      }
    }
  });

  it('R-YQ-06 a month past its end falls back to the last day (the old renderer addMonths cases)', () => {
    const twoMonths = { unit: 'months', count: 2 } as const;
    expect(rectificationDeadline(twoMonths, '2023-12-31', calendar)).toBe('2024-02-29');
    expect(rectificationDeadline(twoMonths, '2023-10-31', calendar)).toBe('2023-12-31');
    expect(rectificationDeadline({ unit: 'months', count: 1 }, '2023-01-31', calendar)).toBe('2023-02-28');
    expect(rectificationDeadline({ unit: 'months', count: 1 }, '2023-12-15', calendar)).toBe('2024-01-15');
  });

  it('R-YQ-06 working days are counted in the calendar given (the inspection day itself not counted)', () => {
    const tenWorkingDays = { unit: 'workingDays', count: 10 } as const;
    // 2023-09-25 (Mon) + 10 working days: 中秋/国庆 2023-09-29 – 10-06 are holidays, 10-07 and 10-08 are make-up workdays.
    expect(rectificationDeadline(tenWorkingDays, '2023-09-25', calendar)).toBe('2023-10-13');
    const weekendsOnly = createWorkingCalendar({ version: 'test', holidays: [], makeupWorkdays: [] });
    expect(rectificationDeadline(tenWorkingDays, '2023-09-25', weekendsOnly)).toBe('2023-10-09');
  });

  it('R-YQ-06 no deadline when the deciding rule orders no rectification, or nothing is decided yet', () => {
    expect(rectificationDeadline(null, '2023-09-12', calendar)).toBeNull();
    const terminated = score(
      shanxi,
      answersWith(shanxi, {}, { context: { noEvaluationTwoConsecutiveYears: true, auditFindingsNotRectified: true } }),
    );
    expect(terminated.outcome).toMatchObject({ ruleId: 'R-YQ-05', rectification: null });
    const noYear = score(shanxi, answersWith(shanxi, {}, { context: { resultBelowStandard: true } }));
    expect(noYear.outcome).toMatchObject({ category: 'undetermined', ruleId: 'R-YQ-06', rectification: null });
  });

  it('R-YQ-06 rules sharing a rule id keep their own rectification: the one that decided is the one carried', () => {
    const facts: OutcomeFacts = {
      scoresComplete: true,
      total: 8000,
      passMark: 6000,
      anyVetoYes: false,
      allVetoesAnswered: true,
      context: { second: true },
    };
    const rules: OutcomeRules = {
      tracksByFilingYear: {},
      labels: {},
      rules: [
        {
          ruleId: 'R-X',
          when: { kind: 'contextFlag', flag: 'first' },
          category: 'defer',
          reason: '一',
          source: 's1',
          rectification: { unit: 'months', count: 2 },
        },
        {
          ruleId: 'R-X',
          when: { kind: 'contextFlag', flag: 'second' },
          category: 'defer',
          reason: '二',
          source: 's2',
          rectification: { unit: 'workingDays', count: 15 },
        },
        { ruleId: 'R-Y', when: { kind: 'always' }, category: 'renew', reason: '三', source: 's3' },
      ],
    };
    expect(decideOutcome(rules, facts)).toMatchObject({ ruleId: 'R-X', source: 's2', rectification: { unit: 'workingDays', count: 15 } });
    expect(decideOutcome(rules, { ...facts, context: {} })).toMatchObject({ ruleId: 'R-Y', rectification: null });
  });
});
