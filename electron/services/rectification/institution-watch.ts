import type { Database } from '../../../db/engine';
import { searchInstitutions, type InstitutionSearch } from '../../../db/repositories/institution-search';
import { getDecision, listRectifications, listResponses } from '../../../db/repositories/rectifications';
import { rectificationWatch } from '../../../shared/domain/rectification';
import type { InstitutionListRow, ListedRectification } from '../../../shared/ipc/channels/institutions';
import { currentWorkingCalendar } from '../calendar/stored-calendar';

/** Per filing, its newest rectification (the latest opened) and the watch on `onDate`. */
export function rectificationWatchByFiling(db: Database, onDate: string): Map<number, ListedRectification> {
  const calendar = currentWorkingCalendar(db);
  const newest = new Map<number, ReturnType<typeof listRectifications>[number]>();
  for (const record of listRectifications(db)) {
    const held = newest.get(record.filingId);
    if (!held || held.openedAt < record.openedAt) newest.set(record.filingId, record);
  }
  const watches = new Map<number, ListedRectification>();
  for (const [filingId, record] of newest) {
    const state = rectificationWatch(
      { dueOn: record.dueOn, responses: listResponses(db, record.uid), decision: getDecision(db, record.uid) },
      onDate,
      calendar,
    );
    watches.set(filingId, { uid: record.uid, dueOn: record.dueOn, ...state });
  }
  return watches;
}

/**
 * institutions:list: the search with each filing's rectification watch; filtering by the watch happens before the
 * page is cut, so a page of overdue filings is full.
 */
export function listInstitutionsWithWatch(
  db: Database,
  criteria: InstitutionSearch & { rectification?: ListedRectification['watch'] | undefined },
  onDate: string,
): InstitutionListRow[] {
  const watches = rectificationWatchByFiling(db, onDate);
  const { rectification: wanted, limit, offset, ...search } = criteria;
  const withWatch = (row: ReturnType<typeof searchInstitutions>[number]): InstitutionListRow => ({
    ...row,
    rectification: watches.get(row.id) ?? null,
  });
  if (wanted === undefined)
    return searchInstitutions(db, { ...search, ...(limit === undefined ? {} : { limit }), ...(offset === undefined ? {} : { offset }) }, onDate).map(
      withWatch,
    );
  const matching = searchInstitutions(db, search, onDate)
    .map(withWatch)
    .filter((row) => row.rectification?.watch === wanted);
  const start = offset ?? 0;
  return matching.slice(start, limit === undefined ? undefined : start + limit);
}
