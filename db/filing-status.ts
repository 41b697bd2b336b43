import type { Database } from 'better-sqlite3';
import { filingStatus } from '../shared/domain/deadlines/filing-status';
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
export function listedFilingStatus(filing: StoredFilingDates, onDate: string): { code: ListedFilingStatus; label: string } {
  if (!filing.validTo) return { code: 'unknown', label: '有效期未知' };
  const filedOn = filing.filedOn ?? filing.validFrom ?? `${filing.filingYear}-01-01`;
  const status = filingStatus({ filedOn, validFrom: filing.validFrom, validTo: filing.validTo }, onDate);
  return { code: status.code, label: status.label };
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
