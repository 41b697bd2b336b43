import type { FollowUpScope, InspectionPurpose } from '../../../../shared/domain/rounds/types';
import type { SyncReviewItem } from '../../../../shared/ipc/channels/sync';

/**
 * Issue 15's additions to a review item (round, purpose, follow-up scope and rectification, whether its outcome orders
 * rectification). Read as optional so the window works with a main that does not send them yet (older contract).
 */
export interface ReviewRoundFields {
  round?: { uid: string; name: string } | null;
  purpose?: InspectionPurpose;
  scope?: FollowUpScope | null;
  rectificationUid?: string | null;
  ordersRectification?: boolean;
}

export const roundFieldsOf = (item: SyncReviewItem): ReviewRoundFields => item as SyncReviewItem & ReviewRoundFields;
