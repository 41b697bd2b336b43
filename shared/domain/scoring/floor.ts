import { formatPoints, type Hundredths } from './points';
import type { TraceEntry } from './result';

/** max − deducted, never below 0 (扣完为止, stated or implied); the trace says when the floor applied. */
export function floorAtZero(
  maxPoints: Hundredths,
  deductedTotal: Hundredths,
  statedInText: boolean,
): { points: Hundredths; floorTrace: TraceEntry | null } {
  if (deductedTotal <= maxPoints) return { points: maxPoints - deductedTotal, floorTrace: null };
  const why = statedInText ? '评分标准规定扣完为止' : '单项得分不低于0分';
  return {
    points: 0,
    floorTrace: {
      kind: 'floor',
      deductedTotal,
      maxPoints,
      statedInText,
      message: `累计扣${formatPoints(deductedTotal)}分，超过满分${formatPoints(maxPoints)}分，${why}，得0分`,
    },
  };
}
