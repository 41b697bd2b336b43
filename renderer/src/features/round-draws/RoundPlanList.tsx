import { useTranslation } from 'react-i18next';
import { useRoundDrawsStore } from './roundDrawsStore';

/** The office's round plans: drawn or not, how many filings and panels, panels left short. */
export function RoundPlanList() {
  const { t } = useTranslation();
  const { plans, loaded, plan, busy, select } = useRoundDrawsStore();
  return (
    <section className="card" aria-labelledby="round-plans-heading">
      <div className="card-header">
        <h2 id="round-plans-heading">{t('roundDraws.heading')}</h2>
        {plans.length > 0 && <span className="muted">{t('roundDraws.count', { count: plans.length })}</span>}
      </div>
      <p className="lead-text">{t('roundDraws.intro')}</p>
      {loaded && plans.length === 0 ? (
        <p className="empty-state">{t('roundDraws.empty')}</p>
      ) : (
        <table className="data-table compact" data-testid="round-plan-list">
          <thead>
            <tr>
              <th scope="col">{t('roundDraws.columns.name')}</th>
              <th scope="col">{t('roundDraws.columns.year')}</th>
              <th scope="col">{t('roundDraws.columns.state')}</th>
              <th scope="col">{t('roundDraws.columns.selected')}</th>
              <th scope="col">{t('roundDraws.columns.panels')}</th>
              <th scope="col">{t('roundDraws.columns.shortPanels')}</th>
              <th scope="col">{t('roundDraws.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((summary) => (
              <tr
                key={summary.round.uid}
                data-testid={`round-plan-row-${summary.round.uid}`}
                aria-current={plan?.round.uid === summary.round.uid ? 'true' : undefined}
                className={summary.shortPanels ? 'row-differs' : undefined}
                // The whole row opens the plan for the mouse; the 查看 button is the keyboard's way.
                onClick={() => !busy && void select(summary.round.uid)}
              >
                <th scope="row">{summary.round.name}</th>
                <td className="num">{summary.round.year}</td>
                <td className="nowrap">{summary.drawnAt ? t('roundDraws.state.drawn', { at: summary.drawnAt }) : t('roundDraws.state.planned')}</td>
                <td className="num">{summary.selected ?? '—'}</td>
                <td className="num">{summary.panels ?? '—'}</td>
                <td className="num">{summary.shortPanels ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    onClick={(e) => (e.stopPropagation(), void select(summary.round.uid))}
                    disabled={busy}
                    aria-label={t('roundDraws.showLabel', { name: summary.round.name })}
                  >
                    {t('roundDraws.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
