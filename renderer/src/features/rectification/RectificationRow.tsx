import { useTranslation } from 'react-i18next';
import type { RectificationView } from '../../../../shared/domain/rectification/types';
import { WatchBadge } from './WatchBadge';

/** One rectification in the list: institution, round, outcome, deadline, watch or decision, stage. */
export function RectificationRow({ rectification: r, busy, onShow }: { rectification: RectificationView; busy: boolean; onShow(): void }) {
  const { t } = useTranslation();
  return (
    <tr data-testid="rectification-row" data-uid={r.uid}>
      <th scope="row">
        {r.institutionName}
        <br />
        <span className="mono small muted">{r.filingNo}</span>
      </th>
      <td>{r.roundName ?? t('rectification.noRound')}</td>
      <td>{r.outcomeLabel}</td>
      <td className="nowrap">{r.dueOn}</td>
      <td>
        <WatchBadge watch={r.watch} workingDaysLeft={r.workingDaysLeft} />
        {r.decision && <span className="badge badge-ok">{r.decision.label}</span>}
      </td>
      <td>{t(`rectification.stage.${r.stage}`)}</td>
      <td>
        <button
          type="button"
          className="button small"
          onClick={onShow}
          disabled={busy}
          aria-label={t('rectification.showLabel', { name: r.institutionName })}
        >
          {t('rectification.show')}
        </button>
      </td>
    </tr>
  );
}
