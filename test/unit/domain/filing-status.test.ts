import { describe, expect, it } from 'vitest';
import { extendOnPass, FILING_STATUS_LABELS, filingStatus, findIdleSince, type Filing } from '../../../shared/domain/deadlines';

// Filed mid-2021, valid three years to 2024-06-30, evaluating regularly.
const filing: Filing = { filedOn: '2021-07-01', validFrom: '2021-07-01', validTo: '2024-06-30' };
const busy = { evaluationDates: ['2021-10-10', '2022-05-20', '2023-03-18', '2024-01-13'] };
const status = (onDate: string, facts = {}) => filingStatus(filing, onDate, { ...busy, ...facts });

describe('filing status', () => {
  it('R-DL-01 the renewal window opens 3 months before expiry', () => {
    expect(status('2024-03-29').code).toBe('active');
    const open = status('2024-03-30');
    expect(open).toMatchObject({ code: 'renewalWindow', label: '续期窗口', mayEvaluate: true });
    expect(open.dates.renewalWindowOpensOn).toBe('2024-03-30');
    expect(open.reasons[0]).toMatchObject({ rule: 'R-DL-01' });
    expect(status('2024-06-30').code).toBe('renewalWindow'); // the last valid day
  });

  it('R-DL-01 once applied, the filing shows the application until expiry', () => {
    expect(status('2024-05-01', { renewalAppliedOn: '2024-04-10' })).toMatchObject({ code: 'renewalApplied', mayEvaluate: true });
    // An application dated after the day looked at does not count yet.
    expect(status('2024-04-01', { renewalAppliedOn: '2024-04-10' }).code).toBe('renewalWindow');
  });

  it('R-DL-02 expired without application: overdue for 2 months, then deemed abandoned', () => {
    expect(status('2024-07-01')).toMatchObject({ code: 'overdue', label: '逾期未申请', mayEvaluate: false });
    expect(status('2024-08-30').code).toBe('overdue');
    expect(status('2024-08-30').dates.lastApplicationDay).toBe('2024-08-30');
    const abandoned = status('2024-08-31');
    expect(abandoned).toMatchObject({ code: 'deemedAbandoned', label: '视为放弃', mayEvaluate: false });
    expect(abandoned.reasons[0]?.text).toContain('视为自动放弃');
  });

  it('R-DL-02 a late application within the 2 months avoids abandonment; after them it does not', () => {
    expect(status('2024-09-10', { renewalAppliedOn: '2024-08-15' }).code).toBe('expiredAwaitingDecision');
    expect(status('2024-09-10', { renewalAppliedOn: '2024-09-01' }).code).toBe('deemedAbandoned');
  });

  it('R-DL-03 a pass extends the filing by 3 years; a fail ends it', () => {
    expect(extendOnPass('2024-06-30')).toBe('2027-06-30');
    expect(extendOnPass('2024-02-29')).toBe('2027-02-28');
    const passed = status('2024-07-15', { assessmentResult: 'pass', renewalAppliedOn: '2024-04-01' });
    expect(passed).toMatchObject({ code: 'active', mayEvaluate: true });
    expect(passed.dates.validTo).toBe('2027-06-30');
    expect(passed.reasons.map((r) => r.rule)).toContain('R-DL-03');
    // The next renewal window follows the new end date.
    expect(status('2027-04-01', { assessmentResult: 'pass', evaluationDates: [...busy.evaluationDates, '2025-06-01', '2026-11-01'] }).code).toBe(
      'renewalWindow',
    );
    expect(status('2024-07-15', { assessmentResult: 'fail' })).toMatchObject({ code: 'notRenewed', label: '不予续期', mayEvaluate: false });
  });

  it('R-DL-04 expired without having evaluated anyone is flagged for a case-by-case decision', () => {
    const idleFiling = filingStatus(filing, '2024-07-10', { evaluationDates: [] });
    expect(idleFiling.caseByCase).toBe(true);
    expect(idleFiling.reasons.map((r) => r.rule)).toContain('R-DL-04');
    expect(status('2024-07-10').caseByCase).toBe(false);
    expect(filingStatus(filing, '2024-05-10', { evaluationDates: [] }).caseByCase).toBe(false); // not expired yet
    expect(filingStatus(filing, '2024-07-10').caseByCase).toBe(false); // evaluations unknown: no claim
  });

  it('R-DL-05 no evaluation for 2 consecutive years since filing means exit', () => {
    expect(findIdleSince('2021-07-01', ['2021-09-01'], '2023-08-31')).toBeNull();
    expect(findIdleSince('2021-07-01', ['2021-09-01'], '2023-09-01')).toBe('2021-09-01');
    // A gap in the past counts too; an evaluation exactly two years on does not leave a gap.
    expect(findIdleSince('2021-07-01', ['2021-09-01', '2023-09-02'], '2024-01-01')).toBe('2021-09-01');
    expect(findIdleSince('2021-07-01', ['2021-09-01', '2023-09-01'], '2024-01-01')).toBeNull();
    // Never evaluated: counted from the filing day.
    const idle = filingStatus(filing, '2023-07-01', { evaluationDates: [] });
    expect(idle).toMatchObject({ code: 'idleTwoYears', label: '连续两年未开展', mayEvaluate: false });
    expect(idle.dates.idleSince).toBe('2021-07-01');
    expect(filingStatus(filing, '2023-07-01').code).toBe('active'); // unknown evaluations: no claim
  });

  it('R-DL-06 filed less than a year before the assessment: not assessed this round (Yangquan, 2022-09 filings)', () => {
    const young: Filing = { filedOn: '2022-09-15', validTo: '2025-09-14' };
    const round = filingStatus(young, '2023-08-31', { assessmentRoundOn: '2023-08-31' });
    expect(round).toMatchObject({ code: 'filedUnderOneYear', label: '备案不满一年', mayEvaluate: true });
    expect(round.dates.oneYearAfterFiling).toBe('2023-09-15');
    const fullYear: Filing = { filedOn: '2022-08-31', validTo: '2025-08-30' };
    expect(filingStatus(fullYear, '2023-08-31').code).toBe('active');
  });

  it('R-DL-07 while an assessment runs, an expired filing may keep evaluating for 2 months', () => {
    const grace = status('2024-08-30', { assessmentInProgress: true });
    expect(grace).toMatchObject({ code: 'assessmentGrace', mayEvaluate: true });
    expect(grace.dates.graceEndsOn).toBe('2024-08-30');
    expect(status('2024-08-31', { assessmentInProgress: true })).toMatchObject({ code: 'expiredAwaitingDecision', mayEvaluate: false });
    // Before expiry the assessment changes nothing.
    expect(status('2024-06-01', { assessmentInProgress: true }).code).toBe('renewalApplied');
  });

  it('R-DL-02 R-DL-05 precedence: fail > abandoned > idle > under one year > grace > overdue > window > active', () => {
    const neverEvaluated = { evaluationDates: [] as string[] };
    expect(filingStatus(filing, '2024-09-30', { ...neverEvaluated, assessmentResult: 'fail' }).code).toBe('notRenewed');
    expect(filingStatus(filing, '2024-09-30', neverEvaluated).code).toBe('deemedAbandoned');
    expect(filingStatus(filing, '2024-07-02', neverEvaluated).code).toBe('idleTwoYears');
    expect(filingStatus(filing, '2024-07-02', { ...busy, assessmentInProgress: true }).code).toBe('assessmentGrace');
  });

  it('R-DL-01 the label map holds every badge text', () => {
    expect(Object.values(FILING_STATUS_LABELS)).toEqual(
      expect.arrayContaining(['续期窗口', '逾期未申请', '视为放弃', '连续两年未开展', '备案不满一年']),
    );
  });
});
