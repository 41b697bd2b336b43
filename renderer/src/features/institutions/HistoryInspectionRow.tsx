import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../../../shared/domain/scoring';
import type { FilingHistoryInspection } from '../../../../shared/ipc/channels/rounds';
import { routeHref } from '../../app/router/routes';
import { HistoryPdfButton } from './HistoryPdfButton';

/** One inspection of a round: date (a link when this store holds it), 评估 or 整改复查, score, outcome, status, PDFs. */
export function HistoryInspectionRow({ inspection }: { inspection: FilingHistoryInspection }) {
  const { t } = useTranslation();
  const { inspectionId } = inspection;
  return (
    <tr data-testid="history-inspection" data-purpose={inspection.purpose}>
      <td>
        {inspectionId === null ? (
          inspection.inspectionDate
        ) : (
          <a href={routeHref({ name: 'inspection', id: inspectionId, step: 'scoring' })}>{inspection.inspectionDate}</a>
        )}
        {inspection.revision > 1 && <span className="muted small">{t('history.revision', { revision: inspection.revision })}</span>}
      </td>
      <td>
        {t(`history.purposes.${inspection.purpose}`)}
        {inspection.scope && <span className="muted small">（{t(`history.scopes.${inspection.scope}`)}）</span>}
      </td>
      <td className="num">{inspection.scoreHundredths === null ? '—' : formatPoints(inspection.scoreHundredths)}</td>
      <td>{inspection.outcomeLabel ?? '—'}</td>
      <td>
        {t(`inspection.status.${inspection.status}`, { defaultValue: inspection.status })}
        {inspection.reviewStatus && <span className="muted small">（{t(`history.review.${inspection.reviewStatus}`)}）</span>}
      </td>
      <td>
        {inspection.pdfs.length === 0
          ? '—'
          : inspection.pdfs.map((pdf) => <HistoryPdfButton key={`${pdf.source}-${pdf.ref}-${pdf.name}`} pdf={pdf} inspectionId={inspectionId} />)}
      </td>
    </tr>
  );
}
