import { checkPlanFiledInTime, checkPublicity, createWorkingCalendar, HOLIDAYS_CN, type WorkingCalendar } from '../../../../shared/domain/deadlines';
import { SKILL_LEVEL_LABELS } from '../../../../shared/domain/validation/skill-level';
import type { FilingDetail } from '../../../../shared/ipc/channels/institutions';
import type { FiledOccupationRecord } from '../../../../shared/store/records';

/** A finding the records show, offered to the inspector to confirm; never applied on its own. */
export interface AutoFinding {
  key: string;
  rule: 'R-DL-08' | 'R-DL-09' | 'R-INS-03';
  batchNo: string;
  message: string;
  /** Where confirming puts it: a deduction rule of an item, or a veto (as a finding to weigh). */
  target: { kind: 'deduction'; itemId: string; ruleId: string } | { kind: 'veto'; vetoId: string };
}

/** The form rows each kind of finding belongs to (their 评分标准 cover the case). */
const TARGETS: Record<string, { planLate?: AutoFinding['target']; publicityShort?: AutoFinding['target']; outOfScope?: AutoFinding['target'] }> = {
  'shanxi-renewal-2023': {
    planLate: { kind: 'deduction', itemId: '3.1.3', ruleId: 'a' },
    publicityShort: { kind: 'deduction', itemId: '3.2.1', ruleId: 'a' },
    outOfScope: { kind: 'veto', vetoId: '四(一)3' },
  },
  'shandong-enterprise-2024': { outOfScope: { kind: 'veto', vetoId: '6.2' } },
};

let calendar: WorkingCalendar | null = null;
function workingCalendar(): WorkingCalendar {
  calendar ??= createWorkingCalendar(HOLIDAYS_CN);
  return calendar;
}

type ScopedBatch = FilingDetail['batches'][number];

/** Why a batch lies outside the filed scope (its occupation was not filed, or not at its level), or null when inside. */
function outOfScopeMessage(batch: ScopedBatch, occupation: FiledOccupationRecord): string | null {
  if (occupation.origin !== 'filed') {
    return `批次${batch.batchNo}：${occupation.name}（${occupation.code}）不在备案职业（工种）范围内。`;
  }
  if (occupation.levels.includes(batch.level)) return null;
  return `批次${batch.batchNo}：${occupation.name}按${SKILL_LEVEL_LABELS[batch.level]}评价，不在备案等级（${occupation.levels.map((l) => SKILL_LEVEL_LABELS[l]).join('、')}）之内。`;
}

/** R-DL-09 plan filed late, R-DL-08 publicity too short, R-INS-03 an occupation or level outside the filed scope. */
export function autoFindings(templateId: string, filing: FilingDetail): AutoFinding[] {
  const targets = TARGETS[templateId] ?? {};
  const occupations = new Map(filing.occupations.map((o) => [o.id, o]));
  // A scope derived from the batches themselves says nothing about what was filed: nothing to compare with.
  const hasFiledScope = filing.occupations.some((o) => o.origin === 'filed');
  const found: AutoFinding[] = [];
  for (const batch of filing.batches) {
    if (targets.planLate && batch.planFiledOn) {
      const check = checkPlanFiledInTime(batch.planFiledOn, batch.examDate, workingCalendar());
      if (!check.ok)
        found.push({
          key: `plan-${batch.id}`,
          rule: 'R-DL-09',
          batchNo: batch.batchNo,
          message: `批次${batch.batchNo}：${check.message}`,
          target: targets.planLate,
        });
    }
    if (targets.publicityShort && batch.publicityStart && batch.publicityEnd) {
      const check = checkPublicity(batch.publicityStart, batch.publicityEnd, workingCalendar());
      if (!check.ok)
        found.push({
          key: `pub-${batch.id}`,
          rule: 'R-DL-08',
          batchNo: batch.batchNo,
          message: `批次${batch.batchNo}：${check.message}`,
          target: targets.publicityShort,
        });
    }
    const occupation = occupations.get(batch.filedOccupationId);
    const message = occupation && hasFiledScope ? outOfScopeMessage(batch, occupation) : null;
    if (targets.outOfScope && message)
      found.push({ key: `scope-${batch.id}`, rule: 'R-INS-03', batchNo: batch.batchNo, message, target: targets.outOfScope });
  }
  return found;
}
