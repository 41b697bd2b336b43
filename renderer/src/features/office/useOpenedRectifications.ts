import { useEffect, useMemo } from 'react';
import type { SyncReviewItem } from '../../../../shared/ipc/channels/sync';
import { useRectificationStore } from '../rectification/rectificationStore';
import { roundFieldsOf } from './reviewRound';

/**
 * The office inspections that already have a rectification. The list is fetched only when an accepted item's outcome
 * orders rectification, so the review tab asks nothing more of main otherwise.
 */
export function useOpenedRectifications(items: readonly SyncReviewItem[]): ReadonlySet<number> {
  const list = useRectificationStore((s) => s.list);
  const load = useRectificationStore((s) => s.load);
  const wanted = items.some((i) => i.reviewStatus === 'accepted' && roundFieldsOf(i).ordersRectification === true);
  useEffect(() => {
    if (wanted) void load();
  }, [wanted, items, load]);
  return useMemo(() => new Set(list.flatMap((r) => (r.inspectionId === null ? [] : [r.inspectionId]))), [list]);
}
