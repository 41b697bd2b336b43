import type { Item, ItemScoring } from '../templates/types';
import type { ItemAnswer } from './answers';
import { invalidAnswer, itemLabel } from './invalid';
import { UNANSWERED, type ItemScore } from './item-score';
import { scoreDeduction, scoreSharedDeduction } from './score-deduction';
import { scoreRatio } from './score-ratio';
import { scoreTiered } from './score-tiered';
import { scoreUnitRatio } from './score-unit-ratio';

/** The registry's words for each way of scoring (shared/errors/codes/domain.ts). */
const KIND_TERMS: Record<ItemScoring['kind'], string> = {
  tiered: 'TERM_SCORING_TIERED',
  deduction: 'TERM_SCORING_DEDUCTION',
  shared: 'TERM_SCORING_SHARED',
  ratioBracket: 'TERM_SCORING_RATIOBRACKET',
  unitRatioDeduction: 'TERM_SCORING_UNITRATIODEDUCTION',
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
    if (item.scoring.kind === 'shared') {
      throw invalidAnswer(itemLabel(item.id), 'SCORING_FIELD_NOT_FOR_SHARED', { field, leadItemId: item.scoring.leadItemId }, field);
    }
    throw invalidAnswer(itemLabel(item.id), 'SCORING_FIELD_NOT_FOR_KIND', { kind: KIND_TERMS[item.scoring.kind], field }, field);
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
