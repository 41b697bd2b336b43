import { useTranslation } from 'react-i18next';
import type { RectificationDecisionView } from '../../../../shared/domain/rectification/types';

/** The final decision once taken: read only, with who decided, when and why. */
export function DecisionView({ decision }: { decision: RectificationDecisionView }) {
  const { t } = useTranslation();
  return (
    <dl className="facts" data-testid="decision-view">
      <dt>{t('rectification.decide.decision')}</dt>
      <dd>
        <span className="badge badge-ok">{decision.label}</span>
      </dd>
      <dt>{t('rectification.decide.reason')}</dt>
      <dd>{decision.reason}</dd>
      <dt>{t('rectification.decide.decidedOn')}</dt>
      <dd>{t('rectification.decide.decidedBy', { date: decision.decidedOn, by: decision.decidedBy, at: decision.decidedAt })}</dd>
      {decision.followUpInspectionId !== null && (
        <>
          <dt>{t('rectification.decide.followUp')}</dt>
          <dd>{t('rectification.decide.followUpRef', { id: decision.followUpInspectionId })}</dd>
        </>
      )}
    </dl>
  );
}
