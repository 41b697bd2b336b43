/** A benchmark case prints figures; goals are shown beside them, never asserted (see DEVELOPERS.md). */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  goal?: string;
  note?: string;
}

export interface BenchCase {
  name: string;
  run(): Promise<BenchRow[]> | BenchRow[];
}

/** Runs fn `iterations` times after `warmup` runs; returns sorted durations in milliseconds. */
export function timeIt(fn: () => void, iterations: number, warmup = Math.min(10, iterations)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export async function timeItAsync(fn: () => Promise<void>, iterations: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export function median(sorted: readonly number[]): number {
  return percentile(sorted, 50);
}
