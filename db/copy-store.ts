import { AppError } from '../shared/errors';
import { engineOf, type Database } from './engine';
import { clearBuiltinForms, nonEmptyTables } from './copy/empty-target';
import { copiedTables, foreignKeyOrder, tableShape, type TableShape } from './copy/store-schema';
import { quoteIdentifier, tableDigest, type TableDigest } from './copy/table-digest';

export interface CopyStoreOptions {
  /** The schema version both stores must be at: this app's. */
  schemaVersion: number;
  /** A hash of the store's meaning computed on both sides (the office state hash); the copy fails if they differ. */
  stateHash?: (db: Database) => string;
  /** Called before each table is copied: index counts from 1. */
  onTable?: (table: string, index: number, total: number) => void;
  /** Where messages name the target (without password). */
  targetLabel?: string;
  /** Rows per INSERT statement (fewer where a table is wide, to stay under both engines' parameter limits). */
  batchRows?: number;
}

export interface CopyStoreReport {
  tables: { name: string; rows: number; sha256: string }[];
  rows: number;
  stateHash: string | null;
}

/** Both engines accept more, but 30,000 bound values stays below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30000;

/**
 * Copies every row of every app table (but the derived search grams, which the target's triggers rebuild) from
 * `source` into `target`, an EMPTY store (db/copy/empty-target.ts) at the
 * same schema version, in ONE target transaction: tables in foreign-key order (read from the target's schema),
 * multi-row INSERTs, identity sequences reset on PostgreSQL. Then row counts, per-table content digests and the state
 * hash are compared on both sides inside that transaction, so any difference rolls everything back.
 * `source` is only read. Works for any pair of engines.
 */
export function copyStore(source: Database, target: Database, options: CopyStoreOptions): CopyStoreReport {
  const targetLabel = options.targetLabel ?? target.name;
  const sourceVersion = Number(source.pragma('user_version', { simple: true }));
  const targetVersion = Number(target.pragma('user_version', { simple: true }));
  if (sourceVersion !== options.schemaVersion) {
    throw new AppError('STORE_COPY_VERSION_MISMATCH', { source: sourceVersion, latest: options.schemaVersion });
  }
  if (targetVersion !== options.schemaVersion) {
    throw new AppError('STORE_COPY_VERSION_MISMATCH', { source: targetVersion, latest: options.schemaVersion });
  }
  const shapes = matchingShapes(source, target);
  const order = foreignKeyOrder(target, [...shapes.keys()]);
  const sourceDigests = new Map(order.map((t) => [t, tableDigest(source, shapes.get(t)!)]));
  const sourceHash = options.stateHash ? options.stateHash(source) : null;

  const run = target.transaction(() => {
    const filled = nonEmptyTables(target, order);
    if (filled.length > 0) throw new AppError('STORE_NOT_EMPTY', { target: targetLabel, tables: filled.join(', ') });
    clearBuiltinForms(target);
    const identities = engineOf(target) === 'postgres' ? identityColumns(target) : [];
    order.forEach((table, index) => {
      options.onTable?.(table, index + 1, order.length);
      copyTable(source, target, shapes.get(table)!, options.batchRows ?? 500, identities);
    });
    for (const { table, column } of identities) resetSequence(target, table, column);
    const report = compare(target, order, shapes, sourceDigests);
    const targetHash = options.stateHash ? options.stateHash(target) : null;
    if (sourceHash !== targetHash) {
      throw new AppError('STORE_COPY_MISMATCH', { detail: `state hash ${sourceHash ?? '-'} ≠ ${targetHash ?? '-'}` });
    }
    return { ...report, stateHash: sourceHash };
  });
  return run.immediate();
}

/**
 * The tables of both stores, which must be the same tables with the same columns: the copy covers every one but the
 * derived tables (store-schema.ts DERIVED_TABLES), which the target's triggers fill as the rows they index arrive.
 */
function matchingShapes(source: Database, target: Database): Map<string, TableShape> {
  const sourceTables = copiedTables(source);
  const targetTables = copiedTables(target);
  const unknown = sourceTables.filter((t) => !targetTables.includes(t));
  if (unknown.length > 0) throw new AppError('STORE_COPY_UNKNOWN_TABLE', { side: '源', tables: unknown.join(', ') });
  const missing = targetTables.filter((t) => !sourceTables.includes(t));
  if (missing.length > 0) throw new AppError('STORE_COPY_UNKNOWN_TABLE', { side: '目标', tables: missing.join(', ') });
  const shapes = new Map<string, TableShape>();
  for (const table of targetTables) {
    const from = tableShape(source, table);
    const to = tableShape(target, table);
    if ([...from.columns].sort().join() !== [...to.columns].sort().join()) {
      throw new AppError('STORE_COPY_UNKNOWN_TABLE', { side: '源', tables: `${table}(${from.columns.join(', ')})` });
    }
    shapes.set(table, to);
  }
  return shapes;
}

function copyTable(source: Database, target: Database, shape: TableShape, batchRows: number, identities: readonly Identity[]): void {
  const columns = shape.columns;
  const perStatement = Math.max(1, Math.min(batchRows, Math.floor(MAX_PARAMETERS / columns.length)));
  const overriding = identities.some((i) => i.table === shape.name) ? ' OVERRIDING SYSTEM VALUE' : '';
  const head = `INSERT INTO ${quoteIdentifier(shape.name)} (${columns.map(quoteIdentifier).join(', ')})${overriding} VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statements = new Map<number, ReturnType<Database['prepare']>>();
  const insert = (rows: unknown[][]) => {
    let statement = statements.get(rows.length);
    if (!statement) {
      statement = target.prepare(head + Array.from({ length: rows.length }, () => tuple).join(', '));
      statements.set(rows.length, statement);
    }
    try {
      statement.run(...rows.flat());
    } catch (error) {
      throw triggerError(error, shape.name) ?? error;
    }
  };
  let batch: unknown[][] = [];
  const read = source.prepare(`SELECT ${columns.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(shape.name)}`).raw();
  for (const row of read.iterate() as IterableIterator<unknown[]>) {
    batch.push(row);
    if (batch.length === perStatement) {
      insert(batch);
      batch = [];
    }
  }
  if (batch.length > 0) insert(batch);
}

/** A trigger that refuses an insert (RAISE in SQLite, a raised exception in PostgreSQL) is named as such. */
function triggerError(error: unknown, table: string): AppError | null {
  const { code, sqlState, message } = (error ?? {}) as { code?: string; sqlState?: string; message?: string };
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' || sqlState === 'P0001') {
    return new AppError('STORE_COPY_TRIGGER_BLOCKED', { table, reason: message ?? String(error) });
  }
  return null;
}

interface Identity {
  table: string;
  column: string;
}

/** Columns PostgreSQL numbers itself (identity or serial): after explicit ids, their sequences must move past them. */
function identityColumns(db: Database): Identity[] {
  return db
    .prepare(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
       WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')`,
    )
    .all() as Identity[];
}

function resetSequence(db: Database, table: string, column: string): void {
  const max = db.prepare(`SELECT max(${quoteIdentifier(column)}) AS max FROM ${quoteIdentifier(table)}`).get() as { max: number | null };
  // setval(seq, n, true): the next id is n + 1; an empty table starts again at 1.
  db.prepare('SELECT setval(pg_get_serial_sequence(?, ?), ?, ?)').get(
    quoteIdentifier(table),
    column,
    max.max === null ? 1 : Number(max.max),
    max.max !== null,
  );
}

function compare(
  target: Database,
  order: readonly string[],
  shapes: ReadonlyMap<string, TableShape>,
  sourceDigests: ReadonlyMap<string, TableDigest>,
): Omit<CopyStoreReport, 'stateHash'> {
  const tables = order.map((name) => ({ name, ...tableDigest(target, shapes.get(name)!) }));
  const differing = tables.filter((t) => {
    const from = sourceDigests.get(t.name)!;
    return from.rows !== t.rows || from.sha256 !== t.sha256;
  });
  if (differing.length > 0) {
    const detail = differing.map((t) => `${t.name}: ${sourceDigests.get(t.name)!.rows} → ${t.rows} 行`).join('; ');
    throw new AppError('STORE_COPY_MISMATCH', { detail });
  }
  return { tables, rows: tables.reduce((sum, t) => sum + t.rows, 0) };
}
