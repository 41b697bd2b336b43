import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../db/engine';
import { PgDatabase } from '../../../../db/engine/pg/pg-database';
import { migratePostgres } from '../../../../db/migrate-postgres';
import { postgresMigrations } from '../../../../db/migrations/postgres';
import { searchInstitutions } from '../../../../db/repositories/institution-search';
import { createPostgresDatabase, postgresDisabled } from '../../../support/postgres';
import { makeTempDir } from '../../../support/temp';
import { openAtVersion, rowCounts, seededAtVersion } from './database-at-version';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

/** Every 3-character piece from each position (shorter at the end) of upper() of the texts, as migration 0016 keeps them. */
function pieces(...texts: string[]): string[] {
  const grams = new Set<string>();
  for (const value of texts) {
    const chars = Array.from(value.replace(/[a-z]/g, (c) => c.toUpperCase()));
    chars.forEach((_, p) => grams.add(chars.slice(p, p + 3).join('')));
  }
  return [...grams];
}

function expectBackfilled(db: Database): void {
  const filings = db
    .prepare('SELECT f.id, i.name, i.uscc, f.listed_name, f.filing_no, f.filing_year FROM filings f JOIN institutions i ON i.id = f.institution_id')
    .all() as { id: number; name: string; uscc: string; listed_name: string; filing_no: string; filing_year: number }[];
  expect(filings.length).toBeGreaterThan(0);
  for (const row of filings) {
    const stored = db.prepare('SELECT gram, name, filing_year FROM filing_search_grams WHERE filing_id = ?').all(row.id) as {
      gram: string;
      name: string;
      filing_year: number;
    }[];
    const usccPrefixes = Array.from({ length: 8 }, (_, k) => `\u0001${row.uscc.slice(0, k + 1)}`);
    expect(stored.map((g) => g.gram).sort()).toEqual([...new Set([...pieces(row.name, row.listed_name, row.filing_no), ...usccPrefixes])].sort());
    expect(stored.every((g) => g.name === row.name && Number(g.filing_year) === Number(row.filing_year))).toBe(true);
  }
}

describe('migration 0016: search grams of names, filing numbers and USCC prefixes', () => {
  it('keeps every row, fills the grams of the rows already there, and the search finds them', () => {
    const file = temp.file('v15.sqlite');
    const old = seededAtVersion(file, 15, temp.dir);
    const countsBefore = rowCounts(old.db);
    old.db.close();
    const { db } = openAtVersion(file, 16, temp.dir);
    const counts = rowCounts(db);
    for (const [table, count] of Object.entries(countsBefore)) expect(counts[table], table).toBe(count);
    expectBackfilled(db);
    const { name } = db.prepare('SELECT name FROM institutions ORDER BY id LIMIT 1').get() as { name: string };
    expect(searchInstitutions(db, { query: Array.from(name).slice(1, 5).join('') }, '2023-08-31').length).toBeGreaterThan(0);
    db.close();
  });

  it.skipIf(postgresDisabled)('on PostgreSQL fills the same grams for rows written at version 15', () => {
    const database = createPostgresDatabase();
    const db = new PgDatabase(database.url);
    try {
      migratePostgres(db, postgresMigrations.slice(0, 15));
      db.prepare(
        "INSERT INTO institutions (id, uscc, name, created_at, updated_at) VALUES (1, '91140302MA0K000001', '阳泉市abc评价中心', 'now', 'now')",
      ).run();
      db.prepare(
        `INSERT INTO filings (id, institution_id, kind, listed_name, filing_no, filing_year, created_at, updated_at)
           VALUES (1, 1, 'enterprise', '阳泉评价', 'y1403022020001', 2020, 'now', 'now')`,
      ).run();
      migratePostgres(db, postgresMigrations);
      expectBackfilled(db);
      expect(searchInstitutions(db, { query: 'Y14030' }, '2023-08-31').map((row) => row.name)).toEqual(['阳泉评价']);
    } finally {
      db.close();
      database.drop();
    }
  });
});
