import { engineOf, type Database } from '../engine';
import { builtinFormVersions } from '../builtin-form-templates';
import { quoteIdentifier } from './table-digest';

/** The one table a freshly created store is not empty in: opening any store registers the built-in forms. */
export const BUILTIN_FORMS_TABLE = 'form_templates';

/**
 * The tables of `db` that hold data, i.e. that make it no copy target. A store is EMPTY when every app table has no
 * row, except form_templates, whose rows may only be this app's built-in forms (origin 'builtin' and a hash among the
 * built-in versions — the hash is of the form's content, so the content is the app's own). That is exactly what
 * `db migrate` or openStore with create leaves in a new database.
 */
export function nonEmptyTables(db: Database, tables: readonly string[]): string[] {
  const builtinHashes = new Set(builtinFormVersions().map((v) => v.hash));
  return tables.filter((table) => {
    if (table === BUILTIN_FORMS_TABLE) {
      const rows = db.prepare(`SELECT hash, origin FROM ${quoteIdentifier(table)}`).all() as { hash: string; origin: string }[];
      return rows.some((row) => row.origin !== 'builtin' || !builtinHashes.has(row.hash));
    }
    return db.prepare(`SELECT 1 AS present FROM ${quoteIdentifier(table)} LIMIT 1`).get() !== undefined;
  });
}

/**
 * Removes the built-in forms a new target was given, so the source's own rows (same forms, its own added_at) are
 * copied as they are. form_templates forbids deletes by trigger; inside the copy's transaction the triggers are
 * suspended for this one delete and restored before any row is copied (a rollback restores them as well).
 */
export function clearBuiltinForms(db: Database): void {
  const table = quoteIdentifier(BUILTIN_FORMS_TABLE);
  if (engineOf(db) === 'postgres') {
    db.exec(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    db.exec(`DELETE FROM ${table}`);
    db.exec(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    return;
  }
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?").all(BUILTIN_FORMS_TABLE) as {
    name: string;
    sql: string;
  }[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${quoteIdentifier(trigger.name)}`);
  db.exec(`DELETE FROM ${table}`);
  for (const trigger of triggers) db.exec(trigger.sql);
}
