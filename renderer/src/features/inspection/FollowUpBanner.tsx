import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../../../shared/domain/scoring';
import { useInspectionStore } from './inspectionStore';

/** 整改复查: what the rectification ordered, its deadline, and the findings this inspection re-checks. */
export function FollowUpBanner() {
  const { t } = useTranslation();
  const followUp = useInspectionStore((s) => s.followUp);
  if (!followUp) return null;
  return (
    <div className="notice notice-warn follow-up-banner" role="note" data-testid="follow-up-banner" data-scope={followUp.scope}>
      <p>
        <strong>{t('followUp.heading')}</strong> {t('followUp.summary', { outcome: followUp.outcomeLabel, dueOn: followUp.dueOn })}{' '}
        <span className="muted">{t(`followUp.scope.${followUp.scope}`)}</span>
      </p>
      {followUp.findings.length > 0 && (
        <ol className="follow-up-findings">
          {followUp.findings.map((finding) => (
            <li key={finding.key} data-testid="follow-up-finding" data-kind={finding.kind}>
              <span className="badge badge-info">{t(`followUp.kinds.${finding.kind}`)}</span> {finding.label}
              {finding.pointsLostHundredths !== null && (
                <span className="muted">（{t('followUp.pointsLost', { points: formatPoints(finding.pointsLostHundredths) })}）</span>
              )}
              {finding.notes.length > 0 && <span className="muted small"> {finding.notes.join('；')}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
