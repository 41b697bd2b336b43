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
}

// One statement per combination of filters in use, each cached; every value is a bound parameter.
function buildSql(criteria: InstitutionSearch, onDate: string, postgres: boolean): { sql: string; params: unknown[] } {
  // The unary + and INDEXED BY below steer SQLite's planner; PostgreSQL has neither (and plans the join itself).
  const unindexed = postgres ? '' : '+';
  const where: string[] = [];
  const params: unknown[] = [];
  const query = criteria.query?.trim();
  if (query) {
    // instr() is a plain substring test, cheaper than LIKE '%…%' and free of wildcard escaping.
    const upper = query.toUpperCase();
    where.push('(instr(i.name, ?) > 0 OR instr(f.listed_name, ?) > 0 OR instr(upper(f.filing_no), ?) > 0 OR substr(i.uscc, 1, ?) = ?)');
    params.push(query, query, upper, upper.length, upper);
  }
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
  // Filters on f carry a unary + so SQLite never drives the join through their indexes: inside the name-ordered
  // walk such a plan scans that index once per institution (seconds on 10k rows instead of milliseconds).
  // A text search matches few rows: scan, then sort the matches. Otherwise walk the name index in order, so the
  // first page arrives without sorting the whole list.
  const from =
    query || postgres
      ? 'filings f JOIN institutions i ON i.id = f.institution_id'
      : 'institutions i INDEXED BY institutions_by_name CROSS JOIN filings f ON f.institution_id = i.id';
  const sql = `SELECT f.id, f.institution_id, f.listed_name AS name, i.uscc, f.kind, f.filing_no, f.filing_year, f.filed_on,
      f.valid_from, f.valid_to, i.region, i.demo
    FROM ${from}
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY i.name, f.filing_year, f.id${pageInSql(criteria) ? ' LIMIT ? OFFSET ?' : ''}`;
  if (pageInSql(criteria)) params.push(criteria.limit, criteria.offset ?? 0);
  return { sql, params };
}

/**
 * The institution list: one row per filing, with its status on `onDate` (shared/domain/deadlines filingStatus).
 * The status depends on the day, so it is computed here rather than stored; rows stream from SQLite and the walk
 * stops as soon as the page is full.
 */
/** A row of the list as the filings tables give it (the rectification watch is added by electron/services/rectification). */
export type InstitutionSearchRow = Omit<InstitutionListRow, 'rectification'>;

/**
 * Without a status filter every row the SQL finds is listed, so the page is cut in the statement: PostgreSQL sends
 * whole results (no streaming through the bridge), and SQLite stops at the same row either way.
 */
function pageInSql(criteria: InstitutionSearch): boolean {
  return !criteria.status && criteria.limit !== undefined && Number.isFinite(criteria.limit) && criteria.limit > 0;
}

export function searchInstitutions(db: Database, criteria: InstitutionSearch, onDate: string): InstitutionSearchRow[] {
  const { sql, params } = buildSql(criteria, onDate, isPostgres(db));
  const limit = criteria.limit ?? Number.POSITIVE_INFINITY;
  let skip = pageInSql(criteria) ? 0 : (criteria.offset ?? 0);
  const rows: InstitutionSearchRow[] = [];
  if (limit <= 0) return rows;
  for (const row of statement<SearchRow>(db, sql).iterate(...params)) {
    const status = listedFilingStatus(
      { filingYear: row.filing_year, filedOn: row.filed_on, validFrom: row.valid_from, validTo: row.valid_to },
      onDate,
    );
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
