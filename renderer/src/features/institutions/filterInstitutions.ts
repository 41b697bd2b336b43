import type { InstitutionKind, InstitutionListRow, ListedFilingStatus } from '../../../../shared/ipc/channels/institutions';
import { rowRectification } from '../../lib/roundsContract';

/** open: any rectification not yet decided (整改中, due soon or overdue); the others: that watch only. */
export const rectificationFilters = ['open', 'dueSoon', 'overdue'] as const;
export type RectificationFilter = (typeof rectificationFilters)[number];

export interface InstitutionFilters {
  query: string;
  kind: InstitutionKind | '';
  region: string;
  filingYear: number | null;
  status: ListedFilingStatus | '';
  rectification: RectificationFilter | '';
}

export const noFilters: InstitutionFilters = { query: '', kind: '', region: '', filingYear: null, status: '', rectification: '' };

/** Lower-cased search text of a row, computed once per row list (the filter runs on every keystroke). */
export function searchKey(row: InstitutionListRow): string {
  return `${row.name}\u0000${row.uscc}\u0000${row.filingNo}`.toLowerCase();
}

/**
 * The list filter: name or filing number contain the query, or the USCC starts with it; the other filters
 * must match exactly. Runs in the window over every filing (10 000 rows take a few milliseconds).
 */
export function filterInstitutions(rows: readonly InstitutionListRow[], keys: readonly string[], filters: InstitutionFilters): InstitutionListRow[] {
  const query = filters.query.trim().toLowerCase();
  const out: InstitutionListRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as InstitutionListRow;
    if (filters.kind && row.kind !== filters.kind) continue;
    if (filters.region && row.region !== filters.region) continue;
    if (filters.filingYear !== null && row.filingYear !== filters.filingYear) continue;
    if (filters.status && row.status !== filters.status) continue;
    if (filters.rectification && !matchesRectification(row, filters.rectification)) continue;
    if (query && !(keys[i] as string).includes(query)) continue;
    out.push(row);
  }
  return out;
}

function matchesRectification(row: InstitutionListRow, filter: RectificationFilter): boolean {
  const watch = rowRectification(row)?.watch ?? 'none';
  return filter === 'open' ? watch !== 'none' : watch === filter;
}

/** Distinct values offered in the filter menus. */
export function filterOptions(rows: readonly InstitutionListRow[]): { regions: string[]; years: number[]; statuses: ListedFilingStatus[] } {
  const regions = new Set<string>();
  const years = new Set<number>();
  const statuses = new Set<ListedFilingStatus>();
  for (const row of rows) {
    if (row.region) regions.add(row.region);
    years.add(row.filingYear);
    statuses.add(row.status);
  }
  return {
    regions: [...regions].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    years: [...years].sort((a, b) => b - a),
    statuses: [...statuses],
  };
}
