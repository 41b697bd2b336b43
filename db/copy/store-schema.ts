import { engineOf, type Database } from '../engine';

/** One app table as the copy sees it: its columns (by name) and primary-key columns in key order. */
export interface TableShape {
  name: string;
  columns: string[];
  primaryKey: string[];
}

/** Tables every store has that belong to the engine or the migrator, not to the app's data. */
const ENGINE_TABLES = new Set(['schema_migrations', 'sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4']);

/**
 * Tables whose rows the schema derives from other tables by trigger (migration 0016's search grams): a copy does not
 * carry them, since inserting the rows they come from rebuilds them in the target (copying both would collide).
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['filing_search_grams']);

/** The app's tables `db copy` carries row by row: every app table but the derived ones. */
export function copiedTables(db: Database): string[] {
  return appTables(db).filter((name) => !DERIVED_TABLES.has(name));
}

/** The app's tables in `db`, read from the schema itself (not from a list kept by hand). */
export function appTables(db: Database): string[] {
  const rows =
    engineOf(db) === 'postgres'
      ? db
          .prepare(
            `SELECT table_name AS name FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
          )
          .all()
      : db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all();
  return (rows as { name: string }[]).map((row) => row.name).filter((name) => !ENGINE_TABLES.has(name));
}

export function tableShape(db: Database, table: string): TableShape {
  if (engineOf(db) === 'postgres') {
    const columns = db
      .prepare(
        `SELECT column_name AS name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`,
      )
      .all(table) as { name: string }[];
    const key = db
      .prepare(
        `SELECT k.column_name AS name FROM information_schema.table_constraints c
         JOIN information_schema.key_column_usage k
           ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name
         WHERE c.table_schema = current_schema() AND c.table_name = ? AND c.constraint_type = 'PRIMARY KEY'
         ORDER BY k.ordinal_position`,
      )
      .all(table) as { name: string }[];
    return { name: table, columns: columns.map((c) => c.name), primaryKey: key.map((k) => k.name) };
  }
  const info = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as { name: string; pk: number }[];
  return {
    name: table,
    columns: info.map((c) => c.name),
    primaryKey: info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name),
  };
}

/** Each table's parents: the tables its foreign keys point to (itself left out), as the schema declares them. */
export function foreignKeyParents(db: Database, tables: readonly string[]): Map<string, Set<string>> {
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  const edges =
    engineOf(db) === 'postgres'
      ? (db
          .prepare(
            `SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint c
             JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
             JOIN pg_namespace n ON n.oid = child.relnamespace
             WHERE c.contype = 'f' AND n.nspname = current_schema()`,
          )
          .all() as { child: string; parent: string }[])
      : tables.flatMap((child) =>
          (db.prepare('SELECT "table" AS parent FROM pragma_foreign_key_list(?)').all(child) as { parent: string }[]).map((row) => ({
            child,
            parent: row.parent,
          })),
        );
  for (const { child, parent } of edges) {
    if (child !== parent) parents.get(child)?.add(parent);
  }
  return parents;
}

/**
 * The tables with every table after the tables it refers to, so rows can be inserted with foreign keys enforced.
 * Ties go by name, so the order is the same on both engines. A cycle (none in the schema today) is an error.
 */
export function foreignKeyOrder(db: Database, tables: readonly string[]): string[] {
  const parents = foreignKeyParents(db, tables);
  const ordered: string[] = [];
  const placed = new Set<string>();
  const remaining = [...tables].sort();
  while (remaining.length > 0) {
    const next = remaining.find((t) => [...(parents.get(t) ?? [])].every((p) => placed.has(p) || !parents.has(p)));
    if (next === undefined) throw new Error(`foreign keys form a cycle among: ${remaining.join(', ')}`);
    ordered.push(next);
    placed.add(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return ordered;
}
