import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../../../shared/domain/scoring';
import { useScore } from './useScore';

/** The live total, maximum and pass mark, always in view while scoring. */
export function ScoreBar() {
  const { t } = useTranslation();
  const score = useScore();
  if (!score?.ok) return null;
  const r = score.result;
  const scored = r.items.filter((i) => i.status === 'scored').length;
  return (
    <div className="score-bar" data-testid="score-bar">
      <span>
        {t('scoreBar.total')}
        <strong className="total" data-testid="live-total">
          {formatPoints(r.total)}
        </strong>
        <span className="muted"> / {formatPoints(r.maximum)}</span>
      </span>
      <span>{t('scoreBar.passMark', { points: formatPoints(r.passMark.points) })}</span>
      {r.selfTotal !== null && <span>{t('scoreBar.self', { points: formatPoints(r.selfTotal) })}</span>}
      <span>{t('scoreBar.progress', { scored, total: r.items.length })}</span>
      <span
        className={`pill ${r.outcome.category === 'terminate' || r.outcome.category === 'fail' ? 'pill-deducted' : r.outcome.category === 'undetermined' ? 'pill-todo' : 'pill-ok'}`}
      >
        {r.outcome.category === 'undetermined' && r.unansweredVetoes.length > 0
          ? t('scoreBar.vetoesOpen', { count: r.unansweredVetoes.length })
          : r.outcome.label}
      </span>
    </div>
  );
}
