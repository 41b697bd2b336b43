import { formatPoints } from './points';
import type { TieredScoring } from '../templates/types';
import type { ItemAnswer } from './answers';
import { answerPoints, invalidAnswer, itemLabel } from './invalid';
import { UNANSWERED, type ItemScore } from './item-score';

/** 选档: the chosen tier's fixed points, or points within a range tier. */
export function scoreTiered(itemId: string, scoring: TieredScoring, answer: ItemAnswer): ItemScore {
  const where = itemLabel(itemId);
  if (answer.tier === undefined) {
    if (answer.points !== undefined) throw invalidAnswer(where, 'SCORING_POINTS_WITHOUT_TIER', {}, 'tier');
    return UNANSWERED;
  }
  const tier = scoring.tiers.find((t) => t.id === answer.tier);
  if (!tier) {
    const choices = scoring.tiers.map((t) => t.id).join('、');
    throw invalidAnswer(where, 'SCORING_UNKNOWN_TIER', { tier: answer.tier, choices }, 'tier');
  }
  const range = { tier: tier.id, min: formatPoints(tier.min), max: formatPoints(tier.max) };
  let points = tier.max;
  if (tier.min !== tier.max) {
    if (answer.points === undefined) throw invalidAnswer(where, 'SCORING_TIER_NEEDS_POINTS', range, 'points');
    points = answerPoints(answer.points, where, 'TERM_SCORE_POINTS', 'points');
    if (points < tier.min || points > tier.max) {
      throw invalidAnswer(where, 'SCORING_POINTS_OUTSIDE_TIER', { ...range, points: formatPoints(points) }, 'points');
    }
  } else if (answer.points !== undefined && answerPoints(answer.points, where, 'TERM_SCORE_POINTS', 'points') !== tier.max) {
    throw invalidAnswer(where, 'SCORING_TIER_FIXED', { tier: tier.id, max: formatPoints(tier.max) }, 'points');
  }
  return {
    status: 'scored',
    points,
    trace: [{ kind: 'tier', tierId: tier.id, label: tier.label, points, message: `选择档次${tier.id}“${tier.label}”，得${formatPoints(points)}分` }],
  };
}
