import type { Item, ItemScoring } from '../templates/types';
import type { ItemAnswer } from './answers';
import { invalidAnswer, itemLabel } from './invalid';
import { UNANSWERED, type ItemScore } from './item-score';
import { scoreDeduction, scoreSharedDeduction } from './score-deduction';
import { scoreRatio } from './score-ratio';
import { scoreTiered } from './score-tiered';
import { scoreUnitRatio } from './score-unit-ratio';

const KIND_NAMES: Record<ItemScoring['kind'], string> = {
  tiered: '选档评分',
  deduction: '扣分评分',
  shared: '合并评分',
  ratioBracket: '比例分档评分',
  unitRatioDeduction: '按职业比例扣分',
};

const FIELDS_BY_KIND: Record<ItemScoring['kind'], readonly (keyof ItemAnswer)[]> = {
  tiered: ['tier', 'points'],
  deduction: ['deductions'],
  shared: [],
  ratioBracket: ['issued', 'uploaded', 'notUploadedReasons'],
  unitRatioDeduction: ['units'],
};

const SCORING_FIELDS = Object.values(FIELDS_BY_KIND).flat();

function rejectForeignFields(item: Item, answer: ItemAnswer): void {
  const allowed = FIELDS_BY_KIND[item.scoring.kind];
  for (const field of SCORING_FIELDS) {
    if (answer[field] === undefined || allowed.includes(field)) continue;
    const hint = item.scoring.kind === 'shared' ? `，请在第${item.scoring.leadItemId}项填写` : '';
    throw invalidAnswer(itemLabel(item.id), `该项为${KIND_NAMES[item.scoring.kind]}，不适用字段“${field}”${hint}`, field);
  }
}

/**
 * Scores every item of the form in order. Rows sharing a rule set are scored together when their
 * lead row is reached; the result map holds one entry per item id.
 */
export function scoreItems(items: readonly Item[], answers: Readonly<Record<string, ItemAnswer>>): Map<string, ItemScore> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const results = new Map<string, ItemScore>();
  for (const item of items) {
    const answer = answers[item.id] ?? {};
    rejectForeignFields(item, answer);
    const scoring = item.scoring;
    switch (scoring.kind) {
      case 'tiered':
        results.set(item.id, scoreTiered(item.id, scoring, answer));
        break;
      case 'deduction':
        if (scoring.sharedWithItemIds.length === 0) {
          results.set(item.id, scoreDeduction(item, scoring, answer));
        } else {
          const rows = [item, ...scoring.sharedWithItemIds.flatMap((id) => byId.get(id) ?? [])];
          for (const [id, score] of scoreSharedDeduction(item, scoring, rows, answer)) results.set(id, score);
        }
        break;
      case 'shared':
        // Filled when the lead row is scored; a lead after its shared row is still found below.
        if (!results.has(item.id)) results.set(item.id, UNANSWERED);
        break;
      case 'ratioBracket':
        results.set(item.id, scoreRatio(item.id, scoring, answer));
        break;
      case 'unitRatioDeduction':
        results.set(item.id, scoreUnitRatio(item.id, item.maxPoints, scoring, answer));
        break;
    }
  }
  return results;
}
