import { useTranslation } from 'react-i18next';
import type { RectificationView } from '../../../../shared/domain/rectification/types';
import { scoreText } from '../office/scoreText';
import { deadlineRuleText } from './deadlineRuleText';
import { WatchBadge } from './WatchBadge';

/** 整改期限 with the form's rule it was counted by, and the legal basis quoted from the notice. */
export function DeadlineBasis({ rectification: r }: { rectification: RectificationView }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('rectification.detail.outcome')}</dt>
      <dd>
        {r.outcomeLabel}
        {r.scoreHundredths !== null && <span className="muted">{t('rectification.detail.score', { score: scoreText(r.scoreHundredths) })}</span>}
      </dd>
      <dt>{t('rectification.detail.inspectionDate')}</dt>
      <dd>{r.inspectionDate}</dd>
      <dt>{t('rectification.detail.dueOn')}</dt>
      <dd data-testid="rectification-due">
        {r.dueOn}（{deadlineRuleText(t, r.deadlineRule)}） <WatchBadge watch={r.watch} workingDaysLeft={r.workingDaysLeft} />
      </dd>
      <dt>{t('rectification.detail.basis')}</dt>
      <dd>
        <blockquote className="quote">{r.basis}</blockquote>
      </dd>
    </dl>
  );
}
