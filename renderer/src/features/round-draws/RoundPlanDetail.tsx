import { useTranslation } from 'react-i18next';
import type { RoundPlanView } from '../../../../shared/ipc/channels/round-plans';
import { DrawButton } from './DrawButton';
import { DrawResult } from './DrawResult';
import { PacksSection } from './PacksSection';
import { PublishButtons } from './PublishButtons';
import { RulesEditor } from './RulesEditor';
import { SeedCommitment } from './SeedCommitment';
import { VerifyButton } from './VerifyButton';

/** One round plan in the order the office works it: publish the seed's hash, set the rules, draw, check, publish, packs. */
export function RoundPlanDetail({ plan }: { plan: RoundPlanView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="round-plan-heading" data-testid="round-plan-detail">
      <div className="card-header">
        <h2 id="round-plan-heading">{t('roundDraws.detail.heading', { name: plan.round.name, year: plan.round.year })}</h2>
        <span className="muted">{t('roundDraws.detail.createdBy', { by: plan.createdBy, at: plan.createdAt })}</span>
      </div>
      <SeedCommitment plan={plan} />
      {/* Drawn, the editor starts again from the stored rules (what was typed before no longer counts). */}
      <RulesEditor key={plan.draw ? 'drawn' : 'open'} plan={plan} />
      {plan.draw ? (
        <>
          <DrawResult record={plan.draw} />
          <section className="card" aria-labelledby="round-check-heading">
            <h2 id="round-check-heading">{t('roundDraws.check.heading')}</h2>
            <VerifyButton />
            <PublishButtons plan={plan} />
          </section>
          <PacksSection record={plan.draw} />
        </>
      ) : (
        <DrawButton />
      )}
    </section>
  );
}
