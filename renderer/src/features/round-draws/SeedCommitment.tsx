import { useTranslation } from 'react-i18next';
import type { RoundPlanView } from '../../../../shared/ipc/channels/round-plans';

/**
 * The seed is fixed before the draw and only its SHA-256 is shown until then: the office publishes the hash first, so
 * anyone can later check the draw was made from that seed (issue 16 §4).
 */
export function SeedCommitment({ plan }: { plan: RoundPlanView }) {
  const { t } = useTranslation();
  return (
    <section className={`card ${plan.draw ? '' : 'notice-warn'}`} aria-labelledby="round-seed-heading">
      <h2 id="round-seed-heading">{t('roundDraws.seed.heading')}</h2>
      {!plan.draw && <p className="lead-text">{t('roundDraws.seed.publishFirst')}</p>}
      <p className="mono seed-hash" data-testid="round-seed-hash">
        {plan.seedHash}
      </p>
      <p className="muted small">
        {t(`roundDraws.seed.source.${plan.seedSource}`)}
        {plan.seedNote && ` — ${plan.seedNote}`}
      </p>
      {plan.seed && (
        <p className="small">
          {t('roundDraws.seed.revealed')} <span className="mono">{plan.seed}</span>
        </p>
      )}
    </section>
  );
}
