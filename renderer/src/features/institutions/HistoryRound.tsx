import { useTranslation } from 'react-i18next';
import type { FilingHistory } from '../../../../shared/ipc/channels/rounds';
import { HistoryInspectionRow } from './HistoryInspectionRow';
import { HistoryRectificationRow } from './HistoryRectificationRow';

type RoundEntry = FilingHistory['rounds'][number];

/** One round of a filing's history; inspections made before rounds existed are listed as 早期核查. */
export function HistoryRound({ entry }: { entry: RoundEntry }) {
  const { t } = useTranslation();
  const { round, inspections, rectifications } = entry;
  return (
    <div className="history-round card-inner" data-testid="history-round" data-round={round?.uid ?? ''}>
      <h4>
        {round ? t('history.roundTitle', { name: round.name, year: round.year }) : t('history.earlyRound')}
        {round?.origin === 'device' && <span className="badge badge-info">{t('history.deviceRound')}</span>}
      </h4>
      {inspections.length === 0 ? (
        <p className="muted">{t('history.noInspections')}</p>
      ) : (
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('history.columns.date')}</th>
              <th scope="col">{t('history.columns.purpose')}</th>
              <th scope="col">{t('history.columns.score')}</th>
              <th scope="col">{t('history.columns.outcome')}</th>
              <th scope="col">{t('history.columns.status')}</th>
              <th scope="col">{t('history.columns.pdfs')}</th>
            </tr>
          </thead>
          <tbody>
            {inspections.map((inspection, index) => (
              <HistoryInspectionRow key={inspection.inspectionId ?? `described-${index}`} inspection={inspection} />
            ))}
          </tbody>
        </table>
      )}
      {rectifications.length > 0 && (
        <table className="data-table compact">
          <caption>{t('history.rectifications')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.columns.outcome')}</th>
              <th scope="col">{t('history.columns.dueOn')}</th>
              <th scope="col">{t('history.columns.stage')}</th>
              <th scope="col">{t('history.columns.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {rectifications.map((rectification) => (
              <HistoryRectificationRow key={rectification.uid} rectification={rectification} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
