import { useEffect } from 'react';
import { useReviewStore } from './reviewStore';

/** The review list and conflicts, fetched when a tab that shows them opens. */
export function useReviewData() {
  const store = useReviewStore();
  const load = store.load;
  useEffect(() => {
    void load();
  }, [load]);
  return store;
}
