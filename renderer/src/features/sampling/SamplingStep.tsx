import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useInspectionStore } from '../inspection/inspectionStore';
import { PlannedDrawCard } from './PlannedDrawCard';
import { samplingPlan } from '../../../../shared/domain/sampling/sampling-plan';
import { useTemplate } from '../inspection/useTemplate';
import { candidateLabels } from './unitOptions';

export function SamplingStep() {
  const { t } = useTranslation();
  const template = useTemplate();
  const draws = useInspectionStore((s) => s.draws);
  const institution = useInspectionStore((s) => s.institution);
  const candidates = useMemo(() => candidateLabels(institution), [institution]);
  if (!template) return null;
  const plan = samplingPlan(template);

  return (
    <div className="step">
      <p className="lead-text">{t('sampling.intro')}</p>
      {plan.length === 0 && <p className="muted">{t('sampling.none')}</p>}
      {plan.map((planned) => (
        <PlannedDrawCard key={planned.rule} plan={planned} draws={draws.filter((d) => d.purpose === planned.rule)} candidates={candidates} />
      ))}
    </div>
  );
}
