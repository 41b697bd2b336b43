import { useTranslation } from 'react-i18next';
import type { SyncSummary } from '../../../../shared/ipc/channels/sync';

/** A row's final rectification decision, once main sends one (issue 15: the summary reflects it). */
export function SummaryDecisionNote({ row }: { row: SyncSummary['years'][number]['rows'][number] & { decisionLabel?: string | null } }) {
  const { t } = useTranslation();
  if (!row.decisionLabel) return null;
  return (
    <span className="small muted" data-testid="summary-decision">
      {t('office.summary.decision', { label: row.decisionLabel })}
    </span>
  );
}
