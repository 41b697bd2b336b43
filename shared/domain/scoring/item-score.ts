import type { Hundredths } from './points';
import type { ItemStatus, TraceEntry } from './result';

/** What a kind-specific scorer returns for one item, before self-scores and subtotals. */
export interface ItemScore {
  status: ItemStatus;
  points: Hundredths | null;
  trace: TraceEntry[];
  reason?: string;
}

export const UNANSWERED: ItemScore = { status: 'unanswered', points: null, trace: [] };
