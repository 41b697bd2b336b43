import { describe, expect, it } from 'vitest';
import { translateSql } from '../../../db/engine/pg/translate-sql';

// The repositories' SQL, as PostgreSQL must receive it (db/engine/pg/translate-sql.ts; the live checks are in
// test/integration/db/postgres/pg-database.test.ts).
describe('translateSql', () => {
  it('numbers ? placeholders outside literals, quoted names and comments', () => {
    expect(translateSql(`SELECT '?' AS "a?", x FROM t WHERE a = ? AND b = ? -- ?\n/* ? */`)).toEqual({
      text: `SELECT '?' AS "a?", x FROM t WHERE a = $1 AND b = $2 -- ?\n/* ? */`,
      parameterCount: 2,
    });
  });

  it('renames SQLite-only functions only where they are called', () => {
    expect(translateSql("SELECT ifnull(a, 0), instr(name, ?), group_concat(x, ','), char(10), t.instr FROM t").text).toBe(
      "SELECT coalesce(a, 0), strpos(name, $1), string_agg(x, ','), chr(10), t.instr FROM t",
    );
  });

  it('quotes camelCase aliases (PostgreSQL folds unquoted names to lower case) and nothing else', () => {
    expect(translateSql('SELECT inspection_id AS inspectionId, f.id as filingId, CAST(x AS INTEGER) AS n, y AS "keptAs" FROM t').text).toBe(
      'SELECT inspection_id AS "inspectionId", f.id as "filingId", CAST(x AS INTEGER) AS n, y AS "keptAs" FROM t',
    );
    expect(translateSql("SELECT 'AS fooBar' AS plain, fooBar FROM t").text).toBe("SELECT 'AS fooBar' AS plain, fooBar FROM t");
  });
});
