import { formatPoints } from '../../../../shared/domain/scoring';

/** A score in points, or a dash while it cannot be computed. */
export function scoreText(hundredths: number | null): string {
  return hundredths === null ? '—' : formatPoints(hundredths);
}
