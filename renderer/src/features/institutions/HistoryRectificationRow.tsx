import { useTranslation } from 'react-i18next';
import type { FilingHistoryRectification } from '../../../../shared/ipc/channels/rounds';
import { RectificationBadge } from './RectificationBadge';

/** One rectification of a round: the outcome that ordered it, its 期限, where it stands and the final decision. */
export function HistoryRectificationRow({ rectification }: { rectification: FilingHistoryRectification }) {
  const { t } = useTranslation();
  return (
    <tr data-testid="history-rectification" data-stage={rectification.stage}>
      <td>{rectification.outcomeLabel}</td>
      <td>{rectification.dueOn}</td>
      <td>
        {t(`history.stages.${rectification.stage}`)}
        {rectification.decision === null && <RectificationBadge rectification={rectification} />}
      </td>
      <td>{rectification.decisionLabel ?? (rectification.decision ? t(`history.decisions.${rectification.decision}`) : '—')}</td>
    </tr>
  );
}
