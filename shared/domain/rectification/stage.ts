import type { RectificationStage } from './types';

export interface StageInput {
  responses: number;
  /** Follow-up assignments sent in packs for this rectification. */
  followUpsAssigned: number;
  /** Follow-up inspections held here (received in bundles). */
  followUpsReceived: number;
  decided: boolean;
}

/** Where a rectification stands, from its records: the furthest step reached (a decision closes it whatever came before). */
export function rectificationStage(input: StageInput): RectificationStage {
  if (input.decided) return 'decided';
  if (input.followUpsReceived > 0) return 'rechecked';
  if (input.followUpsAssigned > 0) return 'followUpAssigned';
  return input.responses > 0 ? 'responded' : 'open';
}
