import type { Database } from './engine';
import { filingStatus } from '../shared/domain/deadlines/filing-status';
import { addMonths } from '../shared/domain/deadlines/plain-date';
import type { ListedFilingStatus } from '../shared/ipc/channels/institutions';
import { getMeta, isDemoDatabase, META_KEYS } from './repositories/app-meta';

export interface StoredFilingDates {
  filingYear: number;
  filedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * The one place the store turns a stored filing into its list status, through the deadline rules'
 * filingStatus. The store keeps no renewal applications or assessment results yet, so those facts are absent;
 * a filing without a known filing day counts from its validity start, else from 1 January of its filing year.
 */
export function listedFilingStatus(filing: StoredFilingDates, onDate: string): ListedStatus {
  if (!filing.validTo) return UNKNOWN;
  const filedOn = filing.filedOn ?? filing.validFrom ?? `${filing.filingYear}-01-01`;
  // A pure function of three dates: long lists repeat the same combinations, so answers are remembered.
  const key = `${onDate}|${filedOn}|${filing.validFrom ?? ''}|${filing.validTo}`;
  const known = memo.get(key);
  if (known) return known;
  const status = filingStatus({ filedOn, validFrom: filing.validFrom, validTo: filing.validTo }, onDate);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const listed = { code: status.code, label: status.label };
  memo.set(key, listed);
  return listed;
}

export interface ListedStatus {
  code: ListedFilingStatus;
  label: string;
}

const UNKNOWN: ListedStatus = { code: 'unknown', label: '有效期未知' };
const MEMO_LIMIT = 100_000;
const memo = new Map<string, ListedStatus>();

/**
 * A condition on filings.valid_to (alias f) that every filing with `status` on `onDate` satisfies, so a status
 * search reads only the rows that can match through the valid_to index; the exact status is then computed with
 * listedFilingStatus. The windows are deliberately a month wider than the rules (month arithmetic clamps at month
 * ends); a property test checks they never exclude a match. Without renewal or assessment facts in the store,
 * the statuses that need them cannot occur, hence no rows. The unary + keeps SQLite from driving the join
 * through the valid_to index inside the name-ordered walk (that plan scanned the index once per institution).
 */
export function statusWindow(status: ListedFilingStatus, onDate: string, unindexed = '+'): { sql: string; params: string[] } {
  // PostgreSQL has no unary + on text: there the caller passes ''.
  const f = `${unindexed}f.valid_to`;
  switch (status) {
    case 'unknown':
      return { sql: `${f} IS NULL`, params: [] };
    case 'deemedAbandoned':
      return { sql: `${f} < ?`, params: [addMonths(onDate, -1)] };
    case 'overdue':
      return { sql: `${f} >= ? AND ${f} < ?`, params: [addMonths(onDate, -3), onDate] };
    case 'filedUnderOneYear':
      return { sql: `${f} >= ?`, params: [addMonths(onDate, -3)] };
    case 'renewalWindow':
      return { sql: `${f} >= ? AND ${f} <= ?`, params: [onDate, addMonths(onDate, 4)] };
    case 'active':
      return { sql: `${f} > ?`, params: [addMonths(onDate, 2)] };
    default:
      return { sql: '1 = 0', params: [] };
  }
}

/** Today in the machine's local time zone as 'YYYY-MM-DD' (inspectors work in China time). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The day statuses are computed for when the caller names none: today, except in the demo database, whose
 * statuses are shown as of its reference day (the Yangquan notice, 2023-08-31) so the demo shows the assessment
 * situation rather than filings that have all long expired.
 */
export function defaultStatusDate(db: Database, now: Date): string {
  if (isDemoDatabase(db)) return getMeta(db, META_KEYS.demoReferenceDate) ?? localIsoDate(now);
  return localIsoDate(now);
}
