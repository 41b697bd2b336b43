import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One row of docs/RELIABILITY.md, written by the test that ran the check and read by scripts/reliability.mjs. */
export interface CheckRecord {
  /** Stable id, also the file name: crash-autosave, fuzz-ipc, … */
  id: string;
  title: string;
  cases: number;
  failures: number;
  seconds: number;
  /** How the count was chosen, what was skipped and why. */
  note?: string;
  /** The first few failures, so a red table says what broke. */
  examples?: string[];
}

export const RECORD_DIR = resolve(import.meta.dirname, '../../../test-results/reliability');

export function recordCheck(record: CheckRecord): void {
  mkdirSync(RECORD_DIR, { recursive: true });
  writeFileSync(resolve(RECORD_DIR, `${record.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
}

/** Reads an integer knob from the environment (CRASH_KILLS=2000), else the CI default. */
export function countFromEnv(name: string, ciDefault: number, full?: number): number {
  const raw = process.env[name];
  if (raw && /^\d+$/.test(raw)) return Number(raw);
  return process.env['FULL_FUZZ'] === '1' && full !== undefined ? full : ciDefault;
}

/** Collects property violations instead of stopping at the first, so the table can say how many cases failed. */
export class Violations {
  readonly examples: string[] = [];
  count = 0;

  add(description: string): void {
    this.count += 1;
    if (this.examples.length < 5) this.examples.push(description.slice(0, 500));
  }

  merge(other: Violations): void {
    this.count += other.count;
    for (const example of other.examples) if (this.examples.length < 5) this.examples.push(example);
  }
}
