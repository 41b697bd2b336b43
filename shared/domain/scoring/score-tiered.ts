import { formatPoints } from './points';
import type { TieredScoring } from '../templates/types';
import type { ItemAnswer } from './answers';
import { answerPoints, invalidAnswer, itemLabel } from './invalid';
import { UNANSWERED, type ItemScore } from './item-score';

/** 选档: the chosen tier's fixed points, or points within a range tier. */
export function scoreTiered(itemId: string, scoring: TieredScoring, answer: ItemAnswer): ItemScore {
  const where = itemLabel(itemId);
  if (answer.tier === undefined) {
    if (answer.points !== undefined) throw invalidAnswer(where, '填写了分数但未选择档次（tier）', 'tier');
    return UNANSWERED;
  }
  const tier = scoring.tiers.find((t) => t.id === answer.tier);
  if (!tier) {
    const choices = scoring.tiers.map((t) => t.id).join('、');
    throw invalidAnswer(where, `档次“${answer.tier}”不存在（可选：${choices}）`, 'tier');
  }
  const range = `${formatPoints(tier.min)}–${formatPoints(tier.max)}分`;
  let points = tier.max;
  if (tier.min !== tier.max) {
    if (answer.points === undefined) throw invalidAnswer(where, `档次“${tier.id}”为区间${range}，须填写得分（points）`, 'points');
    points = answerPoints(answer.points, where, '得分');
    if (points < tier.min || points > tier.max) {
      throw invalidAnswer(where, `得分${formatPoints(points)}不在档次“${tier.id}”的区间${range}内`, 'points');
    }
  } else if (answer.points !== undefined && answerPoints(answer.points, where, '得分') !== tier.max) {
    throw invalidAnswer(where, `档次“${tier.id}”固定为${formatPoints(tier.max)}分，填写的得分与之不符`, 'points');
  }
  return {
    status: 'scored',
    points,
    trace: [{ kind: 'tier', tierId: tier.id, label: tier.label, points, message: `选择档次${tier.id}“${tier.label}”，得${formatPoints(points)}分` }],
  };
}
