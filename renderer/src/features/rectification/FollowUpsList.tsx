import { useTranslation } from 'react-i18next';
import type { RectificationView } from '../../../../shared/domain/rectification/types';
import { scoreText } from '../office/scoreText';

const resultBadge = { fixed: 'badge-ok', notFixed: 'badge-danger', unchecked: 'badge-info' } as const;

/** 整改复查: each follow-up inspection received, its scope, date and score, and per listed finding 已整改 / 未整改 / 未复查. */
export function FollowUpsList({ rectification: r }: { rectification: RectificationView }) {
  const { t } = useTranslation();
  if (r.followUps.length === 0) return <p className="muted">{t('rectification.followUps.none')}</p>;
  const labelOf = (key: string) => r.findings.find((f) => f.key === key)?.label ?? key;
  return (
    <ul className="plain-list" data-testid="rectification-follow-ups">
      {r.followUps.map((followUp) => (
        <li key={followUp.inspectionId} className="card">
          <p>
            <strong>{t(`rectification.scope.${followUp.scope}`)}</strong>{' '}
            {t('rectification.followUps.line', {
              date: followUp.inspectionDate,
              score: scoreText(followUp.scoreHundredths),
              outcome: followUp.outcomeLabel ?? '—',
              status: t(`inspection.status.${followUp.status}`, { defaultValue: followUp.status }),
            })}
          </p>
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('rectification.findings.item')}</th>
                <th scope="col">{t('rectification.followUps.result')}</th>
              </tr>
            </thead>
            <tbody>
              {followUp.findings.map((finding) => (
                <tr key={finding.key}>
                  <th scope="row">{labelOf(finding.key)}</th>
                  <td>
                    <span className={`badge ${resultBadge[finding.result]}`}>{t(`rectification.followUps.results.${finding.result}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );
}
