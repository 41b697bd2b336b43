import { checkPlanFiledInTime, checkPublicity, type WorkingCalendar } from '../deadlines';
import type { AutoFindingKind, FindingTarget, Template } from '../templates/types';
import { SKILL_LEVEL_LABELS } from '../validation/skill-level';
import type { BatchRecord, FiledOccupationRecord } from '../../store/records';

/** What the findings read of a filing: its filed scope and its batches (an institutions:get filing has both). */
export interface FindingsFiling {
  occupations: readonly Pick<FiledOccupationRecord, 'id' | 'code' | 'name' | 'levels' | 'origin'>[];
  batches: readonly FindingsBatch[];
}

type FindingsBatch = Pick<
  BatchRecord,
  'id' | 'batchNo' | 'level' | 'filedOccupationId' | 'examDate' | 'planFiledOn' | 'publicityStart' | 'publicityEnd'
>;

const RULE_OF_KIND = { planLate: 'R-DL-09', publicityShort: 'R-DL-08', outOfScope: 'R-INS-03' } as const satisfies Record<AutoFindingKind, string>;
const KEY_PREFIX: Record<AutoFindingKind, string> = { planLate: 'plan', publicityShort: 'pub', outOfScope: 'scope' };

/** A finding the records show, offered to the inspector to confirm; never applied on its own. */
export interface AutoFinding {
  key: string;
  rule: (typeof RULE_OF_KIND)[AutoFindingKind];
  batchNo: string;
  message: string;
  /** Where confirming puts it: a deduction rule of an item, or a veto (as a finding to weigh). */
  target: FindingTarget;
}

/** Why a batch lies outside the filed scope (its occupation was not filed, or not at its level), or null when inside. */
function outOfScopeMessage(batch: FindingsBatch, occupation: FindingsFiling['occupations'][number]): string | null {
  if (occupation.origin !== 'filed') {
    return `批次${batch.batchNo}：${occupation.name}（${occupation.code}）不在备案职业（工种）范围内。`;
  }
  if (occupation.levels.includes(batch.level)) return null;
  return `批次${batch.batchNo}：${occupation.name}按${SKILL_LEVEL_LABELS[batch.level]}评价，不在备案等级（${occupation.levels.map((l) => SKILL_LEVEL_LABELS[l]).join('、')}）之内。`;
}

/** The batch's finding of one kind as a sentence, or null when the records show none. */
function findingMessage(
  kind: AutoFindingKind,
  batch: FindingsBatch,
  scope: ReadonlyMap<number, FindingsFiling['occupations'][number]> | null,
  calendar: WorkingCalendar,
): string | null {
  switch (kind) {
    case 'planLate': {
      if (!batch.planFiledOn) return null;
      const check = checkPlanFiledInTime(batch.planFiledOn, batch.examDate, calendar);
      return check.ok ? null : `批次${batch.batchNo}：${check.message}`;
    }
    case 'publicityShort': {
      if (!batch.publicityStart || !batch.publicityEnd) return null;
      const check = checkPublicity(batch.publicityStart, batch.publicityEnd, calendar);
      return check.ok ? null : `批次${batch.batchNo}：${check.message}`;
    }
    case 'outOfScope': {
      const occupation = scope?.get(batch.filedOccupationId);
      return occupation ? outOfScopeMessage(batch, occupation) : null;
    }
  }
}

/**
 * R-DL-09 plan filed late, R-DL-08 publicity too short, R-INS-03 an occupation or level outside the filed scope:
 * each only where the form says it belongs (template.autoFindings), in batch order.
 */
export function autoFindings(template: Pick<Template, 'autoFindings'>, filing: FindingsFiling, calendar: WorkingCalendar): AutoFinding[] {
  // A scope derived from the batches themselves says nothing about what was filed: nothing to compare with.
  const hasFiledScope = filing.occupations.some((o) => o.origin === 'filed');
  const scope = hasFiledScope ? new Map(filing.occupations.map((o) => [o.id, o])) : null;
  const found: AutoFinding[] = [];
  for (const batch of filing.batches) {
    template.autoFindings.forEach(({ finding: kind, target }, index) => {
      const message = findingMessage(kind, batch, scope, calendar);
      // A form may offer one kind at two places; the second keeps a key of its own.
      const repeated = template.autoFindings.findIndex((entry) => entry.finding === kind) !== index;
      const key = `${KEY_PREFIX[kind]}-${batch.id}${repeated ? `-${index}` : ''}`;
      if (message) found.push({ key, rule: RULE_OF_KIND[kind], batchNo: batch.batchNo, message, target });
    });
  }
  return found;
}
