import type { Database } from '../engine';
import { insertedId, statement } from '../sql';

/** Tables whose rows belong to one inspection (inspection_id) and are copied into its revisions. */
export type InspectionRowTable = 'sampling_draws' | 'findings' | 'evidence';

/** A column of the copied rows that points at rows copied before them: re-pointed through the id map. */
export interface CopiedLink {
  column: string;
  copiedIds: ReadonlyMap<number, number>;
}

/**
 * Copies every row of `table` from one inspection to another in id order, keeping `columns` as they are and
 * re-pointing `link` at the copies. Returns parent row id → copy id. A link to a row that was not copied (another
 * inspection's) would mean inconsistent data: refused rather than linked wrongly. Table and column names are the
 * callers' constants, never input.
 */
export function copyInspectionRows(
  db: Database,
  table: InspectionRowTable,
  columns: readonly string[],
  fromInspectionId: number,
  toInspectionId: number,
  link?: CopiedLink,
): Map<number, number> {
  const written = [...columns, ...(link ? [link.column] : [])];
  const insert = statement<{ id: number }>(
    db,
    `INSERT INTO ${table} (inspection_id, ${written.join(', ')}) VALUES (?, ${written.map(() => '?').join(', ')}) RETURNING id`,
  );
  const ids = new Map<number, number>();
  const rows = statement<Record<string, unknown> & { id: number }>(db, `SELECT * FROM ${table} WHERE inspection_id = ? ORDER BY id`).all(
    fromInspectionId,
  );
  for (const row of rows) {
    const values = columns.map((column) => row[column]);
    if (link) values.push(remapped(link.copiedIds, row[link.column] as number | null));
    ids.set(row.id, insertedId(insert.get(toInspectionId, ...values)));
  }
  return ids;
}

function remapped(copiedIds: ReadonlyMap<number, number>, id: number | null): number | null {
  if (id === null) return null;
  const copy = copiedIds.get(id);
  if (copy === undefined) throw new Error(`row #${id} is linked from another inspection's row and was not copied`);
  return copy;
}
