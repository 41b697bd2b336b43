import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/engine';
import { openDatabase } from '../../../db/open';
import { insertFiling } from '../../../db/repositories/filings';
import { insertInstitution } from '../../../db/repositories/institutions';
import { searchInstitutions, type InstitutionSearch } from '../../../db/repositories/institution-search';
import { listedFilingStatus } from '../../../db/filing-status';
import type { ListedFilingStatus } from '../../../shared/ipc/channels/institutions';
import { openPostgresTestStore, testEngines, type TestPostgresDatabase } from '../../support/postgres';
import { makeTempDir } from '../../support/temp';

// Issue 17 §6: the search through the gram tables of migration 0016 lists exactly what a plain substring test over
// every filing lists, in the same order and pages, after any inserts, renames and deletes, on both engines; with a
// status filter, what listedFilingStatus keeps of them (the windows and slices of the reader change nothing).
const ON = '2023-08-31';
/** Few letters, so names share pieces; ASCII of both cases (upper() folds them), and one letter only JS folds. */
const LETTERS = ['热', '力', '晋', '评', 'a', 'A', 'b', 'B', '1', '9', 'é', '-'];
const text = (min: number, max: number) => fc.array(fc.constantFrom(...LETTERS), { minLength: min, maxLength: max }).map((chars) => chars.join(''));

type Operation =
  | { op: 'institution'; name: string; usccHead: string }
  | { op: 'filing'; pick: number; listedName: string; filingNo: string; year: number; validTo: string | null; filed: Filed }
  | { op: 'renameInstitution'; pick: number; name: string; usccHead: string }
  | { op: 'renameFiling'; pick: number; listedName: string; filingNo: string; year: number }
  | { op: 'deleteFiling'; pick: number }
  | { op: 'deleteInstitution'; pick: number };

/** Validity ends around ON, so that every status the store can list occurs, at and beside its window's edges. */
const VALID_TO = [
  null,
  '2023-06-30',
  '2023-07-01',
  '2023-07-31',
  '2023-08-30',
  '2023-08-31',
  '2023-11-30',
  '2023-12-01',
  '2023-12-31',
  '2024-01-01',
  '2026-05-14',
];
/** The filing day: none (counted from the validity start), three years before the end, or within a year of ON. */
type Filed = 'none' | 'period' | 'recent';
const datesOf = (validTo: string | null, filed: Filed) => {
  const validFrom = validTo === null || filed === 'none' ? null : `${Number(validTo.slice(0, 4)) - 3}${validTo.slice(4)}`;
  return { validFrom, validTo, filedOn: filed === 'recent' ? '2023-03-01' : validFrom };
};

const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('institution' as const), name: text(1, 9), usccHead: fc.constantFrom('91', '9114', '52', '9A') }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('filing' as const),
      pick: fc.nat(),
      listedName: text(1, 9),
      filingNo: text(1, 7),
      year: fc.integer({ min: 2019, max: 2021 }),
      validTo: fc.constantFrom(...VALID_TO),
      filed: fc.constantFrom<Filed>('none', 'period', 'recent'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('renameInstitution' as const),
      pick: fc.nat(),
      name: text(1, 9),
      usccHead: fc.constantFrom('91', '9114', '52'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('renameFiling' as const),
      pick: fc.nat(),
      listedName: text(1, 9),
      filingNo: text(1, 7),
      year: fc.integer({ min: 2019, max: 2021 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteFiling' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteInstitution' as const), pick: fc.nat() }) },
);

const STATUSES: ListedFilingStatus[] = ['renewalWindow', 'active', 'overdue', 'deemedAbandoned', 'filedUnderOneYear', 'unknown', 'renewalApplied'];

type Criteria = Pick<InstitutionSearch, 'query' | 'status' | 'limit' | 'offset'>;

const search: fc.Arbitrary<Criteria> = fc.oneof(
  // A text query, with a status filter now and then.
  fc.record({
    query: fc.oneof(text(1, 5), fc.constantFrom('9', '911', '9114', '91140', 'A-', '热力a')),
    status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined, freq: 3 }),
    limit: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    offset: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  }),
  // A status filter alone: the list's walk in name order, read in slices on PostgreSQL.
  fc.record({
    status: fc.constantFrom(...STATUSES),
    limit: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    offset: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  }),
);

interface Listed {
  id: number;
  institutionName: string;
  listedName: string;
  uscc: string;
  filingNo: string;
  year: number;
  filedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
}

const asciiUpper = (value: string) => value.replace(/[a-z]/g, (c) => c.toUpperCase());
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * The search's meaning written out: substring of either name, of the filing number in upper case, or USCC prefix;
 * and the status listedFilingStatus gives the filing on ON.
 */
function naive(db: Database, criteria: Criteria): number[] {
  const rows = db
    .prepare(
      `SELECT f.id, i.name AS "institutionName", f.listed_name AS "listedName", i.uscc, f.filing_no AS "filingNo", f.filing_year AS year,
         f.filed_on AS "filedOn", f.valid_from AS "validFrom", f.valid_to AS "validTo"
       FROM filings f JOIN institutions i ON i.id = f.institution_id`,
    )
    .all() as Listed[];
  const query = criteria.query?.trim() ?? '';
  const upper = query.toUpperCase();
  const matches = rows
    .map((row) => ({ ...row, id: Number(row.id), year: Number(row.year) }))
    .filter(
      (row) =>
        row.institutionName.includes(query) ||
        row.listedName.includes(query) ||
        asciiUpper(row.filingNo).includes(upper) ||
        row.uscc.startsWith(upper),
    )
    .filter((row) => !criteria.status || listedFilingStatus({ filingYear: row.year, ...row }, ON).code === criteria.status)
    .sort((a, b) => byBytes(a.institutionName, b.institutionName) || a.year - b.year || a.id - b.id)
    .map((row) => row.id);
  const offset = criteria.offset ?? 0;
  return matches.slice(offset, criteria.limit === undefined ? undefined : offset + criteria.limit);
}

/** The grams migration 0016 keeps, computed here from the rows: they must equal what the triggers left. */
function expectedGrams(db: Database): string[] {
  const pieces = (value: string) => {
    const chars = Array.from(asciiUpper(value));
    return chars.map((_, p) => chars.slice(p, p + 3).join(''));
  };
  const rows = db
    .prepare('SELECT f.id, i.name, i.uscc, f.listed_name, f.filing_no, f.filing_year FROM filings f JOIN institutions i ON i.id = f.institution_id')
    .all() as { id: number; name: string; uscc: string; listed_name: string; filing_no: string; filing_year: number }[];
  return rows
    .flatMap((row) =>
      [
        ...new Set([
          ...pieces(row.name),
          ...pieces(row.listed_name),
          ...pieces(row.filing_no),
          ...Array.from({ length: 8 }, (_, k) => `\u0001${row.uscc.slice(0, k + 1)}`),
        ]),
      ].map((gram) => `${gram}|${row.name}|${Number(row.filing_year)}|${Number(row.id)}`),
    )
    .sort();
}

function storedGrams(db: Database): string[] {
  const rows = db.prepare('SELECT gram, name, filing_year, filing_id FROM filing_search_grams').all() as {
    gram: string;
    name: string;
    filing_year: number;
    filing_id: number;
  }[];
  return rows.map((row) => `${row.gram}|${row.name}|${Number(row.filing_year)}|${Number(row.filing_id)}`).sort();
}

let serial = 0;

function apply(db: Database, step: Operation): void {
  const ids = (table: string) => (db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: number }[]).map((row) => Number(row.id));
  const pickFrom = (table: string, pick: number) => {
    const all = ids(table);
    return all.length === 0 ? undefined : all[pick % all.length];
  };
  switch (step.op) {
    case 'institution': {
      serial += 1;
      insertInstitution(db, {
        uscc: `${step.usccHead}${String(serial).padStart(18 - step.usccHead.length, '0')}`,
        name: step.name,
        region: '阳泉市城区',
      });
      return;
    }
    case 'filing': {
      const institutionId = pickFrom('institutions', step.pick);
      if (institutionId === undefined) return;
      serial += 1;
      insertFiling(db, {
        institutionId,
        kind: 'enterprise',
        listedName: step.listedName,
        filingNo: `${step.filingNo}${serial}`,
        filingYear: step.year,
        ...datesOf(step.validTo, step.filed),
      });
      return;
    }
    case 'renameInstitution': {
      const id = pickFrom('institutions', step.pick);
      serial += 1;
      const uscc = `${step.usccHead}${String(serial).padStart(18 - step.usccHead.length, '0')}`;
      if (id !== undefined) db.prepare('UPDATE institutions SET name = ?, uscc = ? WHERE id = ?').run(step.name, uscc, id);
      return;
    }
    case 'renameFiling': {
      const id = pickFrom('filings', step.pick);
      serial += 1;
      if (id !== undefined)
        db.prepare('UPDATE filings SET listed_name = ?, filing_no = ?, filing_year = ? WHERE id = ?').run(
          step.listedName,
          `${step.filingNo}${serial}`,
          step.year,
          id,
        );
      return;
    }
    case 'deleteFiling': {
      const id = pickFrom('filings', step.pick);
      if (id !== undefined) db.prepare('DELETE FROM filings WHERE id = ?').run(id);
      return;
    }
    case 'deleteInstitution': {
      const id = pickFrom('institutions', step.pick);
      if (id !== undefined) db.prepare('DELETE FROM institutions WHERE id = ?').run(id);
      return;
    }
  }
}

describe.each(testEngines)('institution search through the gram index on %s', (engine) => {
  const temp = makeTempDir();
  let db: Database;
  let database: TestPostgresDatabase | undefined;

  beforeAll(() => {
    if (engine === 'postgres') {
      const store = openPostgresTestStore();
      db = store.db;
      database = store.database;
    } else {
      db = openDatabase(temp.file('search.sqlite'), { create: true }).db;
    }
  }, 60_000);

  afterAll(() => {
    db?.close();
    database?.drop();
    temp.cleanup();
  });

  it('lists what a plain substring test lists, by either path, after inserts, renames and deletes', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 25 }), fc.array(search, { minLength: 1, maxLength: 6 }), (steps, searches) => {
        db.exec('DELETE FROM filings; DELETE FROM institutions');
        for (const step of steps) apply(db, step);
        expect(storedGrams(db)).toEqual(expectedGrams(db));
        for (const criteria of searches) {
          const expected = naive(db, criteria);
          // Candidates (and, on PostgreSQL, a status search's rows) read in one slice, and one or two at a time (the
          // reader's slicing at its edges).
          for (const firstSlice of [undefined, 1, 2]) {
            const found = searchInstitutions(db, criteria, ON, firstSlice === undefined ? {} : { firstSlice }).map((row) => row.id);
            expect(found, `${JSON.stringify(criteria)} first slice ${firstSlice ?? 'default'}`).toEqual(expected);
          }
        }
      }),
      { numRuns: engine === 'postgres' ? 40 : 150 },
    );
  }, 120_000);

  it('finds by every kind of query on a named example, with the status and region filters', () => {
    db.exec('DELETE FROM filings; DELETE FROM institutions');
    const institutionId = insertInstitution(db, { uscc: '91140105MA0K123456', name: '太原市热力ABC有限公司', region: '太原市小店区' });
    insertFiling(db, {
      institutionId,
      kind: 'enterprise',
      listedName: '太原热力',
      filingNo: 'jp-2020-001',
      filingYear: 2020,
      filedOn: '2020-10-01',
      validFrom: '2020-10-01',
      validTo: '2023-09-30',
    });
    const names = (query: string, extra = {}) => searchInstitutions(db, { query, ...extra }, ON).map((row) => row.name);
    for (const query of ['热', '热力', '热力A', '力ABC有限', 'ABC', 'JP-2020', 'jp-2020-001', '9114', '91140105MA0K123456', '太原热'])
      expect(names(query), query).toEqual(['太原热力']);
    // Names are matched as written, filing numbers in any case.
    expect(names('abc')).toEqual([]);
    expect(names('热力abc')).toEqual([]);
    expect(names('91140106')).toEqual([]);
    expect(names('热力', { status: 'renewalWindow', region: '太原市小店区' })).toEqual(['太原热力']);
    expect(names('热力', { status: 'active' })).toEqual([]);
    expect(names('热力', { region: '阳泉市城区' })).toEqual([]);
  });
});
