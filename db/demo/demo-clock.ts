/**
 * Time stamps for the demo inspections: a fixed start advanced minute by minute, so every answer, draw and
 * signature gets a plausible, distinct and reproducible time (two runs give the same bytes).
 */
export class DemoClock {
  private minutes = 0;

  constructor(private readonly startIso: string) {}

  /** The next stamp, `step` minutes after the previous one. */
  tick(step = 1): string {
    this.minutes += step;
    return new Date(Date.parse(this.startIso) + this.minutes * 60_000).toISOString();
  }
}
