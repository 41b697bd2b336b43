/** Where a store lives: a SQLite file (laptops and single-PC offices) or a PostgreSQL database (shared offices). */
export type StoreLocation = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

export function isPostgresUrl(text: string): boolean {
  return /^postgres(ql)?:\/\//i.test(text.trim());
}

/** A `--db` value or a saved setting: a postgres:// URL names PostgreSQL, anything else is a file path. */
export function parseStoreLocation(text: string): StoreLocation {
  return isPostgresUrl(text) ? { engine: 'postgres', url: text.trim() } : { engine: 'sqlite', path: text };
}
