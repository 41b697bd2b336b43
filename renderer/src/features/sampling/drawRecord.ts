import type { NumberedDraw } from '../../../../shared/domain/sampling';
import type { SamplingDrawRecord } from '../../../../shared/store/records';

/** The stored record of a draw as the sampling domain wrote it (sampling:draw stores a NumberedDraw). */
export function drawRecord(draw: SamplingDrawRecord): NumberedDraw {
  return draw.record as NumberedDraw;
}

/** The draw in force for a rule: the latest one. */
export function latestDraw(draws: readonly SamplingDrawRecord[], rule: string): SamplingDrawRecord | null {
  let latest: SamplingDrawRecord | null = null;
  for (const draw of draws) if (draw.purpose === rule && (!latest || draw.sequence > latest.sequence)) latest = draw;
  return latest;
}
