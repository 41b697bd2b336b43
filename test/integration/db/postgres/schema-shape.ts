import type { Database } from '../../../../db/engine';

/**
 * What the two engines' schemas are compared by, read from each engine's own catalogue (SQLite's pragmas,
 * PostgreSQL's pg_catalog) and written the same way, so a difference shows as one readable line in the diff.
 * Types are compared by storage class (BIGINT = INTEGER, DOUBLE PRECISION = REAL, BYTEA = BLOB, TEXT COLLATE "C" = TEXT).
 */
export interface SchemaShape {
  tables: Record<string, TableShape>;
  views: string[];
}

export interface TableShape {
  /** `name type [not null] [default x]`, in column order. */
  columns: string[];
  primaryKey: string;
  /** Column lists of every unique constraint or unique index other than the primary key; `(expr)` for an expression. */
  uniqueKeys: string[];
  /** The indexes the migrations name (CREATE INDEX), with their columns. */
  namedIndexes: string[];
  /** `from -> table(to) on delete X on update Y`. */
  foreignKeys: string[];
  triggers: string[];
}

function rows<T>(db: Database, sql: string, ...params: unknown[]): T[] {
  return db.prepare(sql).all(...params) as T[];
}

const sorted = (values: string[]): string[] => [...values].sort();

function column(name: string, type: string, notNull: boolean, dflt: string | null): string {
  return `${name} ${type}${notNull ? ' not null' : ''}${dflt === null ? '' : ` default ${dflt}`}`;
}

// ---------------------------------------------------------------- SQLite

interface SqliteColumn {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}
interface SqliteIndex {
  name: string;
  unique: number;
  origin: string;
  partial: number;
}
interface SqliteForeignKey {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string;
  on_update: string;
  on_delete: string;
}

export function sqliteSchema(db: Database): SchemaShape {
  const names = (type: string) =>
    rows<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", type).map(
      (row) => row.name,
    );
  const tables: Record<string, TableShape> = {};
  for (const table of names('table')) tables[table] = sqliteTable(db, table);
  return { tables, views: names('view') };
}

function sqliteTable(db: Database, table: string): TableShape {
  const columns = rows<SqliteColumn>(db, 'SELECT * FROM pragma_table_info(?)', table);
  const indexColumns = (index: string) =>
    rows<{ name: string | null }>(db, 'SELECT name FROM pragma_index_info(?) ORDER BY seqno', index)
      .map((row) => row.name ?? '(expr)')
      .join(',');
  const indexes = rows<SqliteIndex>(db, 'SELECT * FROM pragma_index_list(?)', table);
  const keys = new Map<number, SqliteForeignKey[]>();
  for (const fk of rows<SqliteForeignKey>(db, 'SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq', table)) {
    keys.set(fk.id, [...(keys.get(fk.id) ?? []), fk]);
  }
  return {
    // Every table is STRICT, where a primary-key column can never hold NULL (an INTEGER one is the rowid).
    columns: columns.map((c) => column(c.name, c.type.toLowerCase(), c.notnull === 1 || c.pk > 0, c.dflt_value)),
    primaryKey: columns
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name)
      .join(','),
    uniqueKeys: sorted(indexes.filter((i) => i.unique === 1 && i.origin !== 'pk').map((i) => indexColumns(i.name))),
    namedIndexes: sorted(
      indexes
        .filter((i) => i.origin === 'c')
        .map((i) => `${i.name} (${indexColumns(i.name)})${i.unique === 1 ? ' unique' : ''}${i.partial === 1 ? ' partial' : ''}`),
    ),
    foreignKeys: sorted(
      [...keys.values()].map((parts) => {
        const first = parts[0]!;
        const from = parts.map((p) => p.from).join(',');
        const to = parts.map((p) => p.to).join(',');
        return `${from} -> ${first.table}(${to}) on delete ${first.on_delete} on update ${first.on_update}`;
      }),
    ),
    triggers: rows<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name", table).map(
      (row) => row.name,
    ),
  };
}

// ---------------------------------------------------------------- PostgreSQL

const PG_TYPES: Readonly<Record<string, string>> = { bigint: 'integer', 'double precision': 'real', bytea: 'blob', text: 'text' };
const PG_ACTIONS: Readonly<Record<string, string>> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

export function postgresSchema(db: Database): SchemaShape {
  const names = (type: string) =>
    rows<{ name: string }>(
      db,
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = ? AND table_name <> 'schema_migrations' ORDER BY table_name",
      type,
    ).map((row) => row.name);
  const tables: Record<string, TableShape> = {};
  for (const table of names('BASE TABLE')) tables[table] = postgresTable(db, table);
  return { tables, views: names('VIEW') };
}

interface PgColumn {
  name: string;
  type: string;
  not_null: number;
  dflt: string | null;
  collation: string | null;
}
interface PgIndex {
  name: string;
  is_unique: number;
  is_primary: number;
  partial: number;
  from_constraint: number;
  columns: string;
}
interface PgForeignKey {
  from_columns: string;
  to_table: string;
  to_columns: string;
  on_delete: string;
  on_update: string;
}

function postgresTable(db: Database, table: string): TableShape {
  const columns = rows<PgColumn>(
    db,
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
              pg_get_expr(d.adbin, d.adrelid) AS dflt, co.collname AS collation
         FROM pg_attribute a
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         LEFT JOIN pg_collation co ON co.oid = a.attcollation
        WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum`,
    table,
  );
  const indexes = rows<PgIndex>(
    db,
    `SELECT i.relname AS name, x.indisunique AS is_unique, x.indisprimary AS is_primary, x.indpred IS NOT NULL AS partial,
              EXISTS (SELECT 1 FROM pg_constraint k
                       WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid AND k.contype IN ('p', 'u')) AS from_constraint,
              (SELECT string_agg(CASE WHEN k.attnum = 0 THEN '(expr)' ELSE a.attname END, ',' ORDER BY k.ord)
                 FROM unnest(CAST(x.indkey AS int2[])) WITH ORDINALITY AS k(attnum, ord)
                 LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum) AS columns
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = CAST(? AS regclass)`,
    table,
  );
  const foreignKeys = rows<PgForeignKey>(
    db,
    `SELECT (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS from_columns,
              CAST(CAST(c.confrelid AS regclass) AS text) AS to_table,
              (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS to_columns,
              CAST(c.confdeltype AS text) AS on_delete, CAST(c.confupdtype AS text) AS on_update
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.conrelid = CAST(? AS regclass)`,
    table,
  );
  const primary = indexes.find((i) => i.is_primary === 1);
  return {
    columns: columns.map((c) => column(c.name, postgresType(c), c.not_null === 1, c.dflt === null ? null : c.dflt.replace(/::[a-z ]+$/, ''))),
    primaryKey: primary?.columns ?? '',
    uniqueKeys: sorted(indexes.filter((i) => i.is_unique === 1 && i.is_primary === 0).map((i) => i.columns)),
    namedIndexes: sorted(
      indexes
        .filter((i) => i.from_constraint === 0)
        .map((i) => `${i.name} (${i.columns})${i.is_unique === 1 ? ' unique' : ''}${i.partial === 1 ? ' partial' : ''}`),
    ),
    foreignKeys: sorted(
      foreignKeys.map(
        (fk) => `${fk.from_columns} -> ${fk.to_table}(${fk.to_columns}) on delete ${PG_ACTIONS[fk.on_delete]} on update ${PG_ACTIONS[fk.on_update]}`,
      ),
    ),
    triggers: rows<{ name: string }>(
      db,
      'SELECT tgname AS name FROM pg_trigger WHERE tgrelid = CAST(? AS regclass) AND NOT tgisinternal ORDER BY tgname',
      table,
    ).map((row) => row.name),
  };
}

/** The SQLite storage class a PostgreSQL column stands for; text must sort as SQLite's BINARY, i.e. COLLATE "C". */
function postgresType(c: PgColumn): string {
  const type = PG_TYPES[c.type] ?? c.type;
  if (c.type === 'text' && c.collation !== 'C') return `text collate ${c.collation}`;
  return type;
}
