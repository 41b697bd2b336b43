import { useTranslation } from 'react-i18next';
import type { SyncReviewItem } from '../../../../shared/ipc/channels/sync';

const statusBadge = { pending: 'badge-warn', accepted: 'badge-ok', returned: 'badge-danger' } as const;

/** Review status, the return comment, and the conflict / superseded flags of one imported version. */
export function ReviewBadges({ item }: { item: SyncReviewItem }) {
  const { t } = useTranslation();
  return (
    <div className="badges">
      <span className={`badge ${statusBadge[item.reviewStatus]}`}>{t(`office.review.status.${item.reviewStatus}`)}</span>
      {item.inConflict && <span className="badge badge-danger">{t('office.review.conflict')}</span>}
      {item.superseded && <span className="badge badge-info">{t('office.review.superseded')}</span>}
      {item.reviewComment && <span className="small review-comment">{t('office.review.comment', { comment: item.reviewComment })}</span>}
    </div>
  );
}
