import type { ItemAnswer } from '../../shared/domain/scoring/answers';
import type { Item } from '../../shared/domain/templates/types';
import type { FilingFacts } from './filing-facts';

/**
 * The answer to one item when the panel found nothing wrong, or what the records say for the data-driven items
 * (evaluator ratios, certificates uploaded). Undefined for an item scored through its lead item.
 */
export function cleanAnswer(item: Item, facts: FilingFacts): ItemAnswer | undefined {
  const max = item.maxPoints / 100;
  switch (item.scoring.kind) {
    case 'deduction':
      return { deductions: {} };
    case 'tiered':
      return { tier: item.scoring.tiers[0]?.id ?? '1', selfScore: max };
    case 'ratioBracket':
      return { issued: facts.issued, uploaded: facts.uploaded, selfScore: max };
    case 'unitRatioDeduction':
      return { units: facts.evaluatorsByOccupation };
    case 'shared':
      return undefined;
  }
}
