import { useTranslation } from 'react-i18next';
import type { SyncReviewItem } from '../../../../shared/ipc/channels/sync';
import { roundFieldsOf } from './reviewRound';

/** The item's round (or 未分轮次) and what it is for: 评估, or 整改复查 with its scope. */
export function ReviewRound({ item }: { item: SyncReviewItem }) {
  const { t } = useTranslation();
  const { round, purpose, scope } = roundFieldsOf(item);
  return (
    <span data-testid="review-round">
      {round ? round.name : <span className="muted">{t('office.review.noRound')}</span>}
      {purpose && (
        <>
          <br />
          <span className={`badge ${purpose === 'followUp' ? 'badge-warn' : 'badge-info'}`}>
            {purpose === 'followUp'
              ? t('office.review.purpose.followUp', { scope: scope ? t(`rectification.scope.${scope}`) : '' })
              : t('office.review.purpose.assessment')}
          </span>
        </>
      )}
    </span>
  );
}
