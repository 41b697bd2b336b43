import { isPostgres, type Database } from '../engine';
import type { InstitutionKind } from '../../shared/store/enums';
import type { InstitutionListRow, ListedFilingStatus } from '../../shared/ipc/channels/institutions';
import { listedFilingStatus, statusWindow } from '../filing-status';
import { statement } from '../sql';

export interface InstitutionSearch {
  /** Name (the entity's or the listed name, substring), USCC (prefix) or filing number (substring, any case). */
  query?: string;
  kind?: InstitutionKind;
  region?: string;
  filingYear?: number;
  status?: ListedFilingStatus;
  demo?: boolean;
  limit?: number;
  offset?: number;
}

interface SearchRow {
  id: number;
  institution_id: number;
  name: string;
  uscc: string;
  kind: InstitutionKind;
  filing_no: string;
  filing_year: number;
  filed_on: string | null;
  valid_from: string | null;
  valid_to: string | null;
  region: string | null;
  demo: number;
  /** Only in a slice of text-search candidates: 1 where the filing passes the substring test and the filters. */
  matches?: number;
  /** Only in a slice of a status search on PostgreSQL: the institution's name, the first part of the sort key. */
  sort_name?: string;
}

/** At most this many of a long query's 3-character pieces are counted, to find the rarest two. */
const COUNTED_GRAMS = 8;
/** The rarest pieces are found by counting each one's rows up to this many (a piece held more often is common). */
const COUNT_LIMIT = 2000;
/** Sorts after every character (UTF-8 F4 8F BF BF), so [q, q + MAX_CHAR) is every text starting with q. */
const MAX_CHAR = '\u{10FFFF}';
/** Migration 0016 keeps char(1) and the first 1..8 characters of the institution's USCC. */
const USCC_MARK = '\u0001';
const USCC_PREFIX = 8;

/**
 * What the text query adds: nothing; a test on every row (a query the grams cannot answer); or the sort keys of the
 * filings that can match, in list order, read from filing_search_grams a slice at a time.
 */
type TextPlan =
  | { kind: 'none' }
  | { kind: 'scan'; condition: string; params: unknown[] }
  | { kind: 'grams'; condition: string; params: unknown[]; keys: string; keyParams: unknown[] };

/** upper() as both engines apply it to the stored texts (COLLATE "C" on PostgreSQL): ASCII letters only. */
const asciiUpper = (text: string): string => text.replace(/[a-z]/g, (c) => c.toUpperCase());

/** The distinct 3-character pieces of `chars`, at most COUNTED_GRAMS of them spread over the query. */
function trigrams(chars: string[]): string[] {
  const all = [...new Set(chars.slice(0, chars.length - 2).map((_, p) => chars.slice(p, p + 3).join('')))];
  if (all.length <= COUNTED_GRAMS) return all;
  return Array.from({ length: COUNTED_GRAMS }, (_, k) => all[Math.floor((k * all.length) / COUNTED_GRAMS)] as string);
}

/** The sort keys of the filings whose names or filing number may contain `folded` (upper-cased ASCII letters). */
function textKeys(db: Database, folded: string): { sql: string; params: unknown[] } {
  const chars = Array.from(folded);
  const columns = 'a.name, a.filing_year, a.filing_id';
  // Up to 3 characters: the start of the piece at the match's position. A filing may hold several such pieces.
  if (chars.length <= 3)
    return { sql: `SELECT ${columns} FROM filing_search_grams a WHERE a.gram >= ? AND a.gram < ?`, params: [folded, folded + MAX_CHAR] };
  const grams = trigrams(chars);
  if (grams.length === 1) return { sql: `SELECT ${columns} FROM filing_search_grams a WHERE a.gram = ?`, params: grams };
  // One statement counts every piece, bounded; the rarest is read in order, the next rarest looked up beside it.
  const counted = statement<Record<string, number>>(
    db,
    `SELECT ${grams
      .map((_, k) => `(SELECT count(*) FROM (SELECT 1 FROM filing_search_grams WHERE gram = ? LIMIT ${COUNT_LIMIT}) c) AS n${k}`)
      .join(', ')}`,
  ).get(...grams) as Record<string, number>;
  const [first, second] = grams
    .map((gram, k) => ({ gram, count: Number(counted[`n${k}`]) }))
    .sort((x, y) => x.count - y.count)
    .map((g) => g.gram);
  return {
    sql: `SELECT ${columns} FROM filing_search_grams a WHERE a.gram = ? AND EXISTS (SELECT 1 FROM filing_search_grams b
      WHERE b.gram = ? AND b.name = a.name AND b.filing_year = a.filing_year AND b.filing_id = a.filing_id)`,
    params: [first, second],
  };
}

/**
 * How the text query is matched. The test itself is always the substring one (instr() is cheaper than LIKE '%…%' and
 * needs no wildcard escaping); the grams of migration 0016 only choose, in list order, the filings it is tried on:
 * those holding the query's pieces, and those whose USCC starts with its first 8 characters. A query whose letters
 * upper() folds otherwise than toUpperCase() (non-ASCII letters) cannot be looked up and is tested on every row.
 */
function textPlan(db: Database, rawQuery: string | undefined): TextPlan {
  const query = rawQuery?.trim();
  if (!query) return { kind: 'none' };
  const upper = query.toUpperCase();
  const condition = '(instr(i.name, ?) > 0 OR instr(f.listed_name, ?) > 0 OR instr(upper(f.filing_no), ?) > 0 OR substr(i.uscc, 1, ?) = ?)';
  const params = [query, query, upper, upper.length, upper];
  const folded = asciiUpper(query);
  if (asciiUpper(upper) !== folded) return { kind: 'scan', condition, params };
  const text = textKeys(db, folded);
  return {
    kind: 'grams',
    condition,
    params,
    keys: `${text.sql} UNION SELECT u.name, u.filing_year, u.filing_id FROM filing_search_grams u WHERE u.gram = ?`,
    keyParams: [...text.params, USCC_MARK + upper.slice(0, USCC_PREFIX)],
  };
}

/** The filters other than the text, as conditions on f and i (every value a bound parameter). */
function filterConditions(criteria: InstitutionSearch, onDate: string, postgres: boolean): { where: string[]; params: unknown[] } {
  // The unary + steers SQLite's planner; PostgreSQL has none (and plans the join itself).
  const unindexed = postgres ? '' : '+';
  const where: string[] = [];
  const params: unknown[] = [];
  if (criteria.kind) {
    where.push(`${unindexed}f.kind = ?`);
    params.push(criteria.kind);
  }
  if (criteria.region) {
    where.push('i.region = ?');
    params.push(criteria.region);
  }
  if (criteria.filingYear !== undefined) {
    where.push(`${unindexed}f.filing_year = ?`);
    params.push(criteria.filingYear);
  }
  if (criteria.demo !== undefined) {
    where.push('i.demo = ?');
    params.push(criteria.demo ? 1 : 0);
  }
  if (criteria.status) {
    const window = statusWindow(criteria.status, onDate, unindexed);
    where.push(`(${window.sql})`);
    params.push(...window.params);
  }
  return { where, params };
}

const COLUMNS = `f.id, f.institution_id, f.listed_name AS name, i.uscc, f.kind, f.filing_no, f.filing_year, f.filed_on,
      f.valid_from, f.valid_to, i.region, i.demo`;

interface BuiltSql {
  sql: string;
  params: unknown[];
  /**
   * Only for slices of the list walk (a status search on PostgreSQL), whose statements end with the slice's LIMIT ?:
   * the statement of the rows after a sort key (name, filing year, id; four parameters between `params` and the
   * limit), so a further slice starts where the last one ended instead of reading every row before it again (OFFSET).
   */
  after?: string;
}

/** The rows after a sort key, as conditions the name index can start from: name ≥ the last one, then the tie. */
const AFTER_KEY = '(i.name >= ? AND (i.name > ? OR (f.filing_year, f.id) > (?, ?)))';

// One statement per combination of filters in use, each cached; every value is a bound parameter.
function buildSql(criteria: InstitutionSearch, text: TextPlan, onDate: string, postgres: boolean): BuiltSql {
  const filters = filterConditions(criteria, onDate, postgres);
  if (text.kind === 'grams') {
    // A slice of the candidates' sort keys (LIMIT/OFFSET appended by the reader), each with whether it matches: the
    // reader knows from the slice's length when the candidates are exhausted.
    const test = [text.condition, ...filters.where].join(' AND ');
    return {
      sql: `SELECT ${COLUMNS}, CASE WHEN ${test} THEN 1 ELSE 0 END AS matches
    FROM (${text.keys} ORDER BY 1, 2, 3 LIMIT ? OFFSET ?) c
    JOIN filings f ON f.id = c.filing_id JOIN institutions i ON i.id = f.institution_id
    ORDER BY c.name, c.filing_year, c.filing_id`,
      params: [...text.params, ...filters.params, ...text.keyParams],
    };
  }
  const where = text.kind === 'scan' ? [text.condition, ...filters.where] : filters.where;
  const params = text.kind === 'scan' ? [...text.params, ...filters.params] : filters.params;
  // Filters on f carry a unary + so SQLite never drives the join through their indexes: inside the name-ordered
  // walk such a plan scans that index once per institution (seconds on 10k rows instead of milliseconds). Without a
  // text query the name index is walked in order (in the region when one is asked for), so the first page arrives
  // without sorting the whole list; the scan of an unindexable query tests every row and sorts the matches.
  const from =
    text.kind === 'scan' || postgres
      ? 'filings f JOIN institutions i ON i.id = f.institution_id'
      : `institutions i INDEXED BY ${criteria.region ? 'institutions_by_region_name' : 'institutions_by_name'} CROSS JOIN filings f ON f.institution_id = i.id`;
  const statementOf = (conditions: string[], columns: string) => `SELECT ${columns}
    FROM ${from}
    ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY i.name, f.filing_year, f.id`;
  if (!slicedWalk(criteria, text, postgres)) return { sql: statementOf(where, COLUMNS), params };
  // The slice's sort keys first, then its rows: the walk of a status search passes thousands of filings outside the
  // status window for each one in it, and reads them from the indexes of migration 0017 (institutions by name and
  // id, filings by institution and valid_to) without visiting the tables; only the slice's rows are fetched.
  const keysFirst = (conditions: string[]) => `SELECT ${COLUMNS}, c.sort_name
    FROM (SELECT i.name AS sort_name, f.filing_year, f.id FROM ${from}
      ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
      ORDER BY i.name, f.filing_year, f.id LIMIT ?) c
    JOIN filings f ON f.id = c.id JOIN institutions i ON i.id = f.institution_id
    ORDER BY c.sort_name, c.filing_year, c.id`;
  return { sql: keysFirst(where), params, after: keysFirst([...where, AFTER_KEY]) };
}

/** A row of the list as the filings tables give it (the rectification watch is added by electron/services/rectification). */
export type InstitutionSearchRow = Omit<InstitutionListRow, 'rectification'>;

/**
 * Without a status filter every row the SQL finds is listed, so the page is cut in the statement: PostgreSQL sends
 * whole results (no streaming through the bridge), and SQLite stops at the same row either way.
 */
function pageInSql(criteria: InstitutionSearch): boolean {
  return !criteria.status && criteria.limit !== undefined && Number.isFinite(criteria.limit) && criteria.limit > 0;
}

/**
 * PostgreSQL sends whole results (no streaming through the bridge), so a status search with a page to fill reads the
 * list walk in slices: the status is decided per row after the SQL, and the page should not cost every filing in the
 * status window.
 */
function slicedWalk(criteria: InstitutionSearch, text: TextPlan, postgres: boolean): boolean {
  const limit = criteria.limit;
  return postgres && text.kind !== 'grams' && !!criteria.status && limit !== undefined && Number.isFinite(limit) && limit > 0;
}

/** The first slice of candidates is this many times the rows the page needs; each further slice four times larger. */
const SLICE_FACTOR = 2;
const MIN_SLICE = 64;
/** A further slice of the status walk: the rows still wanted at the share of listed rows seen so far, with a margin. */
const WALK_MARGIN = 1.25;
const MIN_WALK_SLICE = 32;

/**
 * The statement's rows in order. Text-search candidates are read in slices (LIMIT … OFFSET … on their sort keys) until
 * the caller has its page or the candidates run out, keeping only those that match. Otherwise SQLite streams the rows
 * and stops when the caller does; PostgreSQL sends a whole result, so with a status filter (decided per row, after
 * the SQL) and a page to fill the walk is read in slices too, each after the last row's sort key (slicedWalk).
 */
function* rowsOf(
  db: Database,
  { sql, params, after }: BuiltSql,
  criteria: InstitutionSearch,
  { grams, postgres, firstSlice }: { grams: boolean; postgres: boolean; firstSlice: number | undefined },
  listed: (row: SearchRow) => boolean,
): Generator<SearchRow> {
  const limit = criteria.limit;
  const wanted = limit !== undefined && Number.isFinite(limit) ? (criteria.offset ?? 0) + limit : Number.POSITIVE_INFINITY;
  if (grams) {
    const sliced = statement<SearchRow>(db, sql);
    const unbounded = !Number.isFinite(wanted);
    for (let offset = 0, size = unbounded ? -1 : (firstSlice ?? Math.max(MIN_SLICE, SLICE_FACTOR * wanted)); ; offset += size, size *= 4) {
      // LIMIT -1 is every row on SQLite; PostgreSQL takes LIMIT ALL as NULL.
      const rows = sliced.all(...params, unbounded ? (postgres ? null : -1) : size, offset);
      for (const row of rows) if (Number(row.matches) === 1) yield row;
      if (unbounded || rows.length < size) return;
    }
  }
  if (pageInSql(criteria)) {
    yield* statement<SearchRow>(db, `${sql} LIMIT ? OFFSET ?`).iterate(...params, limit, criteria.offset ?? 0);
    return;
  }
  if (after === undefined) {
    yield* statement<SearchRow>(db, sql).iterate(...params);
    return;
  }
  // Each slice starts after the sort key of the last row read; its size is what the page still lacks at the share of
  // rows with the status so far (the window around it is wider, and that share varies along the list).
  const first = statement<SearchRow>(db, sql);
  const next = statement<SearchRow>(db, after);
  let read = 0;
  let kept = 0;
  let last: SearchRow | undefined;
  for (let size = firstSlice ?? Math.max(MIN_WALK_SLICE, Math.ceil(WALK_MARGIN * wanted)); ;) {
    const rows: SearchRow[] =
      last === undefined ? first.all(...params, size) : next.all(...params, last.sort_name, last.sort_name, last.filing_year, last.id, size);
    for (const row of rows) {
      if (!listed(row)) continue;
      kept += 1;
      yield row;
    }
    if (rows.length < size) return;
    read += rows.length;
    last = rows[rows.length - 1];
    const share = Math.max(kept, 1) / read;
    size = firstSlice ?? Math.max(MIN_WALK_SLICE, Math.ceil((WALK_MARGIN * (wanted - kept)) / share));
  }
}

/**
 * The institution list: one row per filing, with its status on `onDate` (shared/domain/deadlines filingStatus).
 * The status depends on the day, so it is computed here rather than stored; the walk stops as soon as the page is full.
 */
export function searchInstitutions(
  db: Database,
  criteria: InstitutionSearch,
  onDate: string,
  /** Tests make the first slice of candidates (every slice of a status walk) tiny, so small stores need many slices. */
  tuning: { firstSlice?: number } = {},
): InstitutionSearchRow[] {
  const limit = criteria.limit ?? Number.POSITIVE_INFINITY;
  const rows: InstitutionSearchRow[] = [];
  if (limit <= 0) return rows;
  const postgres = isPostgres(db);
  const text = textPlan(db, criteria.query);
  const built = buildSql(criteria, text, onDate, postgres);
  const grams = text.kind === 'grams';
  let skip = pageInSql(criteria) && !grams ? 0 : (criteria.offset ?? 0);
  const firstSlice = tuning.firstSlice === undefined ? undefined : Math.max(1, Math.floor(tuning.firstSlice));
  const statusOf = (row: SearchRow) =>
    listedFilingStatus({ filingYear: row.filing_year, filedOn: row.filed_on, validFrom: row.valid_from, validTo: row.valid_to }, onDate);
  const listed = (row: SearchRow) => !criteria.status || statusOf(row).code === criteria.status;
  for (const row of rowsOf(db, built, criteria, { grams, postgres, firstSlice }, listed)) {
    const status = statusOf(row);
    if (criteria.status && status.code !== criteria.status) continue;
    if (skip > 0) {
      skip -= 1;
      continue;
    }
    rows.push({
      id: row.id,
      institutionId: row.institution_id,
      name: row.name,
      uscc: row.uscc,
      kind: row.kind,
      filingNo: row.filing_no,
      filingYear: row.filing_year,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      region: row.region,
      status: status.code,
      statusLabel: status.label,
      demo: row.demo === 1,
    });
    if (rows.length >= limit) break;
  }
  return rows;
}
