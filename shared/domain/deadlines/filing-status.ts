import { addMonths, addYears, compareDates, type IsoDate } from './plain-date';

/**
 * Status of a filing (备案) on a given day. Precedence (the first that applies wins, see docs/sampling.md):
 *  1 notRenewed       评估不合格 (R-DL-03)          6 overdue                 逾期未申请 (R-DL-02, first 2 months)
 *  2 deemedAbandoned  视为放弃 (R-DL-02)            7 expiredAwaitingDecision 到期待评估
 *  3 idleTwoYears     连续两年未开展 (R-DL-05)      8 renewalApplied          已申请续期
 *  4 filedUnderOneYear 备案不满一年 (R-DL-06)       9 renewalWindow           续期窗口 (R-DL-01)
 *  5 assessmentGrace  评估期间延续 (R-DL-07)       10 active                  备案有效
 * R-DL-04 (expired without having evaluated anyone) is a flag beside the status, not a status.
 */
export type FilingStatusCode =
  | 'notRenewed'
  | 'deemedAbandoned'
  | 'idleTwoYears'
  | 'filedUnderOneYear'
  | 'assessmentGrace'
  | 'overdue'
  | 'expiredAwaitingDecision'
  | 'renewalApplied'
  | 'renewalWindow'
  | 'active';

/** Badge texts. */
export const FILING_STATUS_LABELS: Readonly<Record<FilingStatusCode, string>> = {
  notRenewed: '不予续期',
  deemedAbandoned: '视为放弃',
  idleTwoYears: '连续两年未开展',
  filedUnderOneYear: '备案不满一年',
  assessmentGrace: '评估期间延续',
  overdue: '逾期未申请',
  expiredAwaitingDecision: '到期待评估',
  renewalApplied: '已申请续期',
  renewalWindow: '续期窗口',
  active: '备案有效',
};

/** Whether the institution may still run evaluations on that day. */
const MAY_EVALUATE: Readonly<Record<FilingStatusCode, boolean>> = {
  notRenewed: false,
  deemedAbandoned: false,
  idleTwoYears: false,
  filedUnderOneYear: true,
  assessmentGrace: true,
  overdue: false,
  expiredAwaitingDecision: false,
  renewalApplied: true,
  renewalWindow: true,
  active: true,
};

export const RENEWAL_LEAD_MONTHS = 3;
export const ABANDON_AFTER_MONTHS = 2;
export const ASSESSMENT_GRACE_MONTHS = 2;
export const EXTENSION_YEARS = 3;
export const IDLE_YEARS = 2;

export interface Filing {
  /** 备案时间: the day the filing was granted / published. */
  filedOn: IsoDate;
  /** 当前备案有效期 from (defaults to filedOn). */
  validFrom?: IsoDate | null;
  /** 当前备案有效期 to: the last valid day. */
  validTo: IsoDate;
}

export interface FilingFacts {
  /** Day the renewal application (续期申请) was submitted, if any. */
  renewalAppliedOn?: IsoDate | null;
  /** An assessment of this filing is under way (implies the application was made). */
  assessmentInProgress?: boolean;
  /** Outcome of the renewal assessment of the current period, once decided. */
  assessmentResult?: 'pass' | 'fail' | null;
  /** Exam dates of the batches run under this filing; leave out when unknown (idle checks are then skipped). */
  evaluationDates?: readonly IsoDate[];
  /** Reference day of the assessment round for R-DL-06 (e.g. the notice date); defaults to onDate. */
  assessmentRoundOn?: IsoDate | null;
}

export interface FilingReason {
  rule: string;
  text: string;
}

export interface FilingStatusDates {
  validTo: IsoDate;
  renewalWindowOpensOn: IsoDate;
  /** Last day a late application is still accepted; deemed abandoned from the next day. */
  lastApplicationDay: IsoDate;
  /** Last day of the 2-month grace while an assessment runs. */
  graceEndsOn: IsoDate;
  oneYearAfterFiling: IsoDate;
  /** Start of the first 2-year period without evaluation, when there is one. */
  idleSince: IsoDate | null;
}

export interface FilingStatus {
  code: FilingStatusCode;
  label: string;
  mayEvaluate: boolean;
  /** R-DL-04: expired without having evaluated anyone; the office decides case by case. */
  caseByCase: boolean;
  reasons: FilingReason[];
  dates: FilingStatusDates;
}

/** R-DL-03: a passed assessment extends the filing by 3 years from its current end. */
export function extendOnPass(validTo: IsoDate): IsoDate {
  return addYears(validTo, EXTENSION_YEARS);
}

/**
 * R-DL-05: the start of the first period of 2 years without any evaluation since filing, or null.
 * A period (a, d] is idle when no evaluation falls in it and d ≥ a + 2 years, d ≤ onDate.
 */
export function findIdleSince(filedOn: IsoDate, evaluationDates: readonly IsoDate[], onDate: IsoDate): IsoDate | null {
  const events = evaluationDates.filter((date) => compareDates(date, filedOn) >= 0 && compareDates(date, onDate) <= 0).sort(compareDates);
  let previous = filedOn;
  for (const event of events) {
    if (compareDates(event, addYears(previous, IDLE_YEARS)) > 0) return previous;
    previous = event;
  }
  return compareDates(onDate, addYears(previous, IDLE_YEARS)) >= 0 ? previous : null;
}

function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) > 0;
}

export function filingStatus(filing: Filing, onDate: IsoDate, facts: FilingFacts = {}): FilingStatus {
  const reasons: FilingReason[] = [];
  let validTo = filing.validTo;
  let appliedOn = facts.renewalAppliedOn ?? null;
  let assessmentInProgress = facts.assessmentInProgress === true;
  if (facts.assessmentResult === 'pass') {
    validTo = extendOnPass(filing.validTo);
    reasons.push({ rule: 'R-DL-03', text: `评估合格，备案有效期延长3年，自 ${filing.validTo} 延至 ${validTo}。` });
    // The application and assessment belonged to the period that just ended.
    appliedOn = null;
    assessmentInProgress = false;
  }

  const dates: FilingStatusDates = {
    validTo,
    renewalWindowOpensOn: addMonths(validTo, -RENEWAL_LEAD_MONTHS),
    lastApplicationDay: addMonths(validTo, ABANDON_AFTER_MONTHS),
    graceEndsOn: addMonths(validTo, ASSESSMENT_GRACE_MONTHS),
    oneYearAfterFiling: addYears(filing.filedOn, 1),
    idleSince: facts.evaluationDates ? findIdleSince(filing.filedOn, facts.evaluationDates, onDate) : null,
  };
  const expired = isAfter(onDate, validTo);
  const applied = assessmentInProgress || (appliedOn !== null && !isAfter(appliedOn, onDate) && !isAfter(appliedOn, dates.lastApplicationDay));
  const periodStart = filing.validFrom ?? filing.filedOn;
  const caseByCase =
    expired &&
    facts.evaluationDates !== undefined &&
    !facts.evaluationDates.some((date) => compareDates(date, periodStart) >= 0 && compareDates(date, validTo) <= 0);
  if (caseByCase) {
    reasons.push({
      rule: 'R-DL-04',
      text: `备案期满（${validTo}）未开展评价工作：可提交续期申请并说明情况，由人社部门根据意愿和实际情况确定是否延长。`,
    });
  }

  const code = decide();
  return { code, label: FILING_STATUS_LABELS[code], mayEvaluate: MAY_EVALUATE[code], caseByCase, reasons, dates };

  function decide(): FilingStatusCode {
    if (facts.assessmentResult === 'fail') {
      reasons.unshift({ rule: 'R-DL-03', text: '评估不合格，不予备案续期，退出目录；须做好资料存档、证书核发等收尾工作。' });
      return 'notRenewed';
    }
    if (expired && !applied && isAfter(onDate, dates.lastApplicationDay)) {
      reasons.unshift({
        rule: 'R-DL-02',
        text: `备案于 ${validTo} 期满，逾期2个月（至 ${dates.lastApplicationDay}）未提交续期申请，视为自动放弃，不再评估。`,
      });
      return 'deemedAbandoned';
    }
    if (dates.idleSince !== null) {
      reasons.unshift({
        rule: 'R-DL-05',
        text: `自 ${dates.idleSince} 起连续两年未开展职业技能等级评价工作，视同自行退出（原则上清退）。`,
      });
      return 'idleTwoYears';
    }
    const roundOn = facts.assessmentRoundOn ?? onDate;
    if (isAfter(dates.oneYearAfterFiling, roundOn)) {
      reasons.unshift({
        rule: 'R-DL-06',
        text: `备案时间 ${filing.filedOn} 至 ${roundOn} 不满一年，不列入本次评估对象。`,
      });
      return 'filedUnderOneYear';
    }
    if (expired && assessmentInProgress && !isAfter(onDate, dates.graceEndsOn)) {
      reasons.unshift({
        rule: 'R-DL-07',
        text: `备案已于 ${validTo} 到期，评估期间认定工作可暂时延续2个月（至 ${dates.graceEndsOn}）。`,
      });
      return 'assessmentGrace';
    }
    if (expired && !applied) {
      reasons.unshift({
        rule: 'R-DL-02',
        text: `备案已于 ${validTo} 期满，尚未提交续期申请；${dates.lastApplicationDay} 后仍未申请将视为自动放弃。`,
      });
      return 'overdue';
    }
    if (expired) {
      const graceOver = assessmentInProgress ? `，评估期间的2个月延续期已于 ${dates.graceEndsOn} 结束` : '';
      reasons.unshift({ rule: 'R-DL-07', text: `备案已于 ${validTo} 到期，已申请续期${graceOver}，等待评估结果，期间不得开展认定。` });
      return 'expiredAwaitingDecision';
    }
    if (applied) {
      reasons.unshift({ rule: 'R-DL-01', text: `已于 ${appliedOn ?? '评估前'} 提交续期申请。` });
      return 'renewalApplied';
    }
    if (!isAfter(dates.renewalWindowOpensOn, onDate)) {
      reasons.unshift({
        rule: 'R-DL-01',
        text: `备案将于 ${validTo} 到期，应在到期前3个月（自 ${dates.renewalWindowOpensOn} 起）提交续期备案申请。`,
      });
      return 'renewalWindow';
    }
    return 'active';
  }
}
