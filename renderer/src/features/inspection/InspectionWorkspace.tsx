import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionStep } from '../../app/router/routes';
import { routeHref } from '../../app/router/routes';
import { EvidenceStep } from '../evidence/EvidenceStep';
import { OutcomeStep } from '../outcome/OutcomeStep';
import { SamplingStep } from '../sampling/SamplingStep';
import { ScoringStep } from '../scoring/ScoringStep';
import { SignatureStep } from '../signatures/SignatureStep';
import { VetoStep } from '../vetoes/VetoStep';
import { FollowUpBanner } from './FollowUpBanner';
import { useInspectionStore } from './inspectionStore';
import { LockedBanner } from './LockedBanner';
import { RoundTag } from './RoundTag';
import { SaveIndicator } from './SaveIndicator';
import { ScoreBar } from './ScoreBar';
import { StepNav } from './StepNav';
import { useTemplate } from './useTemplate';

const STEPS: Record<InspectionStep, () => React.JSX.Element | null> = {
  sampling: SamplingStep,
  scoring: ScoringStep,
  evidence: EvidenceStep,
  vetoes: VetoStep,
  outcome: OutcomeStep,
  signatures: SignatureStep,
};

export function InspectionWorkspace({ id, step }: { id: number; step: InspectionStep }) {
  const { t } = useTranslation();
  const inspection = useInspectionStore((s) => (s.id === id ? s.inspection : null));
  const institution = useInspectionStore((s) => s.institution);
  const loadError = useInspectionStore((s) => s.loadError);
  const actionError = useInspectionStore((s) => s.actionError);
  const load = useInspectionStore((s) => s.load);
  const flushTyping = useInspectionStore((s) => s.flushTyping);
  const template = useTemplate();

  useEffect(() => {
    void load(id);
  }, [id, load]);
  // Leaving a step sends what was being typed at once.
  useEffect(() => flushTyping, [step, flushTyping]);

  if (loadError)
    return (
      <p role="alert" className="error">
        {t('errors.generic', { message: loadError })}
      </p>
    );
  if (!inspection || !template) return <p className="muted">{t('app.loading')}</p>;
  const filing = institution?.filings.find((f) => f.id === inspection.filingId);
  const Step = STEPS[step];
  return (
    <section className="page workspace" aria-labelledby="inspection-heading">
      <div className="workspace-head">
        <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
          <a href={routeHref({ name: 'institution', id: inspection.institutionId })}>{institution?.name ?? ''}</a> /{' '}
          <span>{t(`inspection.steps.${step}`)}</span>
        </nav>
        <div className="workspace-title">
          <h1 id="inspection-heading">
            {t(`inspection.steps.${step}`)}
            <span className="muted title-sub">
              {template.title}（{template.source.notice}
              {template.source.attachment}）
            </span>
          </h1>
          <SaveIndicator />
        </div>
        <p className="muted small">
          {t('inspection.facts', {
            name: filing?.listedName ?? institution?.name ?? '',
            filingNo: filing?.filingNo ?? '',
            date: inspection.inspectionDate,
            panel: inspection.panel.map((m) => m.name).join('、'),
          })}{' '}
          <RoundTag />
        </p>
        <StepNav id={id} step={step} />
        <ScoreBar />
      </div>
      <LockedBanner />
      <FollowUpBanner />
      {actionError && (
        <p role="alert" className="error notice">
          {actionError}
        </p>
      )}
      <Step />
    </section>
  );
}
