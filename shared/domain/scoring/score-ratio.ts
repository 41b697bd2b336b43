import { AppError } from '../../errors';
import type { PercentBound, RatioBracketScoring } from '../templates/types';
import type { ItemAnswer } from './answers';
import { invalidAnswer, itemLabel } from './invalid';
import { UNANSWERED, type ItemScore } from './item-score';
import { formatPoints } from './points';

/** numerator / denominator compared with percent / 100 in integers: n·100 vs p·d (no division). */
function compare(numerator: number, denominator: number, percent: number): number {
  return numerator * 100 - percent * denominator;
}

function aboveLower(n: number, d: number, bound: PercentBound): boolean {
  const c = compare(n, d, bound.percent);
  return bound.inclusive ? c >= 0 : c > 0;
}

function belowUpper(n: number, d: number, bound: PercentBound): boolean {
  const c = compare(n, d, bound.percent);
  return bound.inclusive ? c <= 0 : c < 0;
}

/** R-SD-02: the bracket containing uploaded / issued, bounds exactly as written; 0 issued cannot be computed. */
export function scoreRatio(itemId: string, scoring: RatioBracketScoring, answer: ItemAnswer): ItemScore {
  const where = itemLabel(itemId);
  const labels = { numerator: scoring.numeratorLabel, denominator: scoring.denominatorLabel };
  const { issued, uploaded } = answer;
  if (issued === undefined && uploaded === undefined) return UNANSWERED;
  if (issued === undefined) throw invalidAnswer(where, 'SCORING_RATIO_MISSING_DENOMINATOR', labels, 'issued');
  if (uploaded === undefined) throw invalidAnswer(where, 'SCORING_RATIO_MISSING_NUMERATOR', labels, 'uploaded');
  if (uploaded > issued) {
    throw invalidAnswer(where, 'SCORING_RATIO_ABOVE', { ...labels, uploaded, issued }, 'uploaded');
  }
  const reasons = answer.notUploadedReasons?.length ? `；不能上国网原因：${answer.notUploadedReasons.join('、')}` : '';
  if (issued === 0) {
    const reason = `${scoring.denominatorLabel}为0，无法计算占比，需专家组另行判定`;
    return { status: 'cannotCompute', points: null, reason, trace: [{ kind: 'note', message: reason + reasons }] };
  }
  const bracket = scoring.brackets.find((b) => aboveLower(uploaded, issued, b.from) && belowUpper(uploaded, issued, b.to));
  if (!bracket) throw new AppError('TEMPLATE_INVALID', { ...where, uploaded, issued });
  return {
    status: 'scored',
    points: bracket.points,
    trace: [
      {
        kind: 'ratio',
        numerator: uploaded,
        denominator: issued,
        bracketId: bracket.id,
        label: bracket.label,
        points: bracket.points,
        message: `${scoring.numeratorLabel}${uploaded} / ${scoring.denominatorLabel}${issued}，属“${bracket.label}”，得${formatPoints(bracket.points)}分${reasons}`,
      },
    ],
  };
}
