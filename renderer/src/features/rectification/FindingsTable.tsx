import { useTranslation } from 'react-i18next';
import type { RectificationFinding } from '../../../../shared/domain/rectification/types';
import { scoreText } from '../office/scoreText';

/** 整改事项: 序号, 事项, 扣分, 说明 — as snapshotted from the inspection that ordered the rectification. */
export function FindingsTable({ findings }: { findings: RectificationFinding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return <p className="muted">{t('rectification.findings.none')}</p>;
  return (
    <table className="data-table compact" data-testid="rectification-findings">
      <caption>{t('rectification.findings.heading')}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            {t('rectification.findings.no')}
          </th>
          <th scope="col">{t('rectification.findings.item')}</th>
          <th scope="col" className="num">
            {t('rectification.findings.points')}
          </th>
          <th scope="col">{t('rectification.findings.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((finding, index) => (
          <tr key={finding.key}>
            <td className="num">{index + 1}</td>
            <th scope="row">
              {finding.label}
              {finding.kind !== 'deduction' && <span className="badge badge-info">{t(`rectification.findings.kinds.${finding.kind}`)}</span>}
            </th>
            <td className="num">
              {finding.kind === 'veto'
                ? t('rectification.findings.veto')
                : finding.pointsLostHundredths === null
                  ? '—'
                  : scoreText(finding.pointsLostHundredths)}
            </td>
            <td>{finding.notes.length === 0 ? <span className="muted">—</span> : finding.notes.join('；')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
