import type { Database } from '../../../../db/engine';

/** Rows per multi-row INSERT: few round trips to PostgreSQL, and well under its 65,535 bound parameters. */
export const ROWS_PER_STATEMENT = 500;

/**
 * Appends rows to `table` with multi-row `INSERT … VALUES (?, …), (?, …)` statements through the engine interface,
 * so both engines are seeded by the same SQL. The caller holds the transaction.
 */
export class RowInserter {
  private readonly pending: unknown[][] = [];
  private readonly fullStatement;
  inserted = 0;

  constructor(
    private readonly db: Database,
    private readonly table: string,
    private readonly columns: readonly string[],
    /** Inserters of the rows these reference: flushed first, so foreign keys hold at every statement. */
    private readonly parents: readonly RowInserter[] = [],
  ) {
    this.fullStatement = db.prepare(this.sqlFor(ROWS_PER_STATEMENT));
  }

  add(values: unknown[]): void {
    if (values.length !== this.columns.length) throw new Error(`${this.table}: ${values.length} values for ${this.columns.length} columns`);
    this.pending.push(values);
    if (this.pending.length === ROWS_PER_STATEMENT) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    for (const parent of this.parents) parent.flush();
    const statement = this.pending.length === ROWS_PER_STATEMENT ? this.fullStatement : this.db.prepare(this.sqlFor(this.pending.length));
    statement.run(...this.pending.flat());
    this.inserted += this.pending.length;
    this.pending.length = 0;
  }

  private sqlFor(rows: number): string {
    const tuple = `(${this.columns.map(() => '?').join(', ')})`;
    return `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`;
  }
}

/** Fresh tables number rows 1…n in insertion order on both engines; the seeder relies on it, so it checks it. */
export function expectDenseIds(db: Database, table: string, count: number): void {
  const row = db.prepare(`SELECT min(id) AS lo, max(id) AS hi, count(*) AS n FROM ${table}`).get() as { lo: number; hi: number; n: number };
  if (Number(row.lo) !== 1 || Number(row.hi) !== count || Number(row.n) !== count)
    throw new Error(`${table}: ids ${row.lo}…${row.hi} (${row.n} rows), expected 1…${count}`);
}
