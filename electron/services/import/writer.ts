import type { Database } from '../../../db/engine';
import type { ImportSummary, RowError } from '../../../shared/import/types';
import type { ValidRow } from '../../../shared/import/validate';

/** What writing one kind needs: the columns present in the file and how they are headed there. */
export interface WriteContext {
  db: Database;
  present: ReadonlySet<string>;
  headerOf(key: string): string;
}

export interface Resolved<R, T> {
  row: number;
  record: R;
  target: T;
}

/** What writing reports: inserts and updates, and for batches how many lie outside the filed scope. */
export type WriteCounts = Pick<ImportSummary, 'inserted' | 'updated' | 'outsideScope'>;

/**
 * One kind's database side. `resolve` finds what rows refer to (a filing, a batch) and reports rows whose
 * reference does not exist; `write` runs inside the import transaction and counts inserts and updates.
 */
export interface KindWriter<R, T> {
  resolve(ctx: WriteContext, rows: readonly ValidRow<R>[]): { ready: Resolved<R, T>[]; errors: RowError[] };
  write(ctx: WriteContext, ready: readonly Resolved<R, T>[]): WriteCounts;
}

/** Runs `upsert` for each row and counts what it reports: created or updated. */
export function tally<T>(items: readonly T[], upsert: (item: T) => { created: boolean }): { inserted: number; updated: number } {
  let inserted = 0;
  for (const item of items) if (upsert(item).created) inserted += 1;
  return { inserted, updated: items.length - inserted };
}

/** A stored value is kept when the file has no column for it (re-importing a shorter list must not erase data). */
export function keepUnless<T>(ctx: WriteContext, keys: readonly string[], fromFile: T, stored: T): T {
  return keys.some((key) => ctx.present.has(key)) ? fromFile : stored;
}
