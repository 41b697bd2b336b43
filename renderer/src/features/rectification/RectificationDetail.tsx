import { useTranslation } from 'react-i18next';
import type { RectificationView } from '../../../../shared/domain/rectification/types';
import { DeadlineBasis } from './DeadlineBasis';
import { DecisionForm } from './DecisionForm';
import { DecisionView } from './DecisionView';
import { FindingsTable } from './FindingsTable';
import { FollowUpsList } from './FollowUpsList';
import { NoticeSection } from './NoticeSection';
import { ResponseForm } from './ResponseForm';
import { ResponsesList } from './ResponsesList';
import { useRectificationStore } from './rectificationStore';

/** One rectification followed to its end: findings, deadline and basis, notice, responses, follow-ups, decision. */
export function RectificationDetail({ rectification: r }: { rectification: RectificationView }) {
  const { t } = useTranslation();
  const close = useRectificationStore((s) => s.close);
  // A copy a pack brought to a laptop is for reading; only the office records what happens next.
  const editable = r.origin === 'office' && r.decision === null;
  return (
    <section className="card" aria-labelledby="rectification-detail-heading" data-testid="rectification-detail" data-stage={r.stage}>
      <div className="card-header">
        <h2 id="rectification-detail-heading">{t('rectification.detail.heading', { name: r.institutionName, filingNo: r.filingNo })}</h2>
        <span className="muted">
          {t(`rectification.stage.${r.stage}`)}
          {r.roundName && `｜${r.roundName}`}
        </span>
        <button type="button" className="button small" onClick={close}>
          {t('rectification.detail.back')}
        </button>
      </div>
      <DeadlineBasis rectification={r} />
      <FindingsTable findings={r.findings} />
      <NoticeSection rectification={r} />
      <section className="card" aria-labelledby="rectification-responses-heading">
        <h3 id="rectification-responses-heading">{t('rectification.responses.heading')}</h3>
        <ResponsesList responses={r.responses} />
        {editable && <ResponseForm />}
      </section>
      <section className="card" aria-labelledby="rectification-follow-ups-heading">
        <h3 id="rectification-follow-ups-heading">{t('rectification.followUps.heading')}</h3>
        <FollowUpsList rectification={r} />
      </section>
      <section className="card" aria-labelledby="rectification-decision-heading">
        <h3 id="rectification-decision-heading">{t('rectification.decide.heading')}</h3>
        {r.decision ? (
          <DecisionView decision={r.decision} />
        ) : editable ? (
          <DecisionForm rectification={r} />
        ) : (
          <p className="muted">{t('rectification.decide.pending')}</p>
        )}
      </section>
    </section>
  );
}
