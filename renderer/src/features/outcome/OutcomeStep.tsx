import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { rectificationDeadline } from '../../../../shared/domain/deadlines';
import { formatPoints } from '../../../../shared/domain/scoring';
import type { Rectification } from '../../../../shared/domain/templates/types';
import { routeHref } from '../../app/router/routes';
import { useInspectionStore } from '../inspection/inspectionStore';
import { useScore } from '../inspection/useScore';
import { ReportsPanel } from '../reports/ReportsPanel';

/** “2个月” / “10个工作日”: the time the deciding rule gives, in its own unit. */
function rectificationPeriod(t: TFunction, rectification: Rectification | null): string {
  if (!rectification) return '';
  const key = rectification.unit === 'months' ? 'outcome.periodMonths' : 'outcome.periodWorkingDays';
  return t(key, { count: rectification.count });
}

export function OutcomeStep() {
  const { t } = useTranslation();
  const inspection = useInspectionStore((s) => s.inspection);
  const calendar = useInspectionStore((s) => s.calendar);
  const score = useScore();
  if (!inspection || !score || !calendar) return null;
  if (!score.ok)
    return (
      <p role="alert" className="error">
        {t('scoring.cannotScore', { message: score.message })}
      </p>
    );
  const result = score.result;
  const outcome = result.outcome;
  const deadline = rectificationDeadline(outcome.rectification, inspection.inspectionDate, calendar);
  const tone =
    outcome.category === 'terminate' || outcome.category === 'fail'
      ? 'danger'
      : outcome.category === 'undetermined'
        ? 'info'
        : deadline
          ? 'warn'
          : 'ok';

  return (
    <div className="step">
      <section className={`card outcome outcome-${tone}`} aria-labelledby="outcome-heading" data-testid="outcome">
        <h2 id="outcome-heading">
          {t('outcome.heading')}：<span data-testid="outcome-label">{outcome.label}</span>
        </h2>
        <p className="outcome-reason">{outcome.reason}</p>
        <dl className="facts">
          <dt>{t('outcome.rule')}</dt>
          <dd>{outcome.ruleId ? `${outcome.ruleId}\u3000${outcome.source ?? ''}` : t('outcome.noRule')}</dd>
          <dt>{t('outcome.total')}</dt>
          <dd>
            {t('outcome.totalValue', {
              total: formatPoints(result.total),
              max: formatPoints(result.maximum),
              pass: formatPoints(result.passMark.points),
            })}
          </dd>
          <dt>{t('outcome.passMark')}</dt>
          <dd>{result.passMark.source}</dd>
          {result.penaltyTotal > 0 && (
            <>
              <dt>{t('outcome.penalties')}</dt>
              <dd>{formatPoints(result.penaltyTotal)}</dd>
            </>
          )}
          {deadline && (
            <>
              <dt>{t('outcome.deadline')}</dt>
              <dd data-testid="rectification-deadline">
                {t('outcome.deadlineValue', { date: deadline, period: rectificationPeriod(t, outcome.rectification) })}
              </dd>
            </>
          )}
        </dl>
        {result.maximumWarning && <p className="notice notice-warn">{result.maximumWarning}</p>}
      </section>
      <ReportsPanel inspection={inspection} />
      {outcome.matched.length > 1 && (
        <section className="card" aria-labelledby="matched-heading">
          <h2 id="matched-heading">{t('outcome.matched')}</h2>
          <ol>
            {outcome.matched.map((m, i) => (
              <li key={i}>
                {m.reason} <span className="muted small">{m.source}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {(result.unansweredItems.length > 0 || result.unansweredVetoes.length > 0) && (
        <section className="card notice-warn" aria-labelledby="unanswered-heading" data-testid="unanswered">
          <h2 id="unanswered-heading">{t('outcome.unanswered')}</h2>
          {result.unansweredItems.length > 0 && (
            <p>
              {t('outcome.unansweredItems')}
              <a href={routeHref({ name: 'inspection', id: inspection.id, step: 'scoring' })}>{result.unansweredItems.join('、')}</a>
            </p>
          )}
          {result.unansweredVetoes.length > 0 && (
            <p>
              {t('outcome.unansweredVetoes')}
              <a href={routeHref({ name: 'inspection', id: inspection.id, step: 'vetoes' })}>{result.unansweredVetoes.join('、')}</a>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
