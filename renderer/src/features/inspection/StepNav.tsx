import { useTranslation } from 'react-i18next';
import { inspectionSteps, routeHref, type InspectionStep } from '../../app/router/routes';

export function StepNav({ id, step }: { id: number; step: InspectionStep }) {
  const { t } = useTranslation();
  return (
    <nav className="steps" aria-label={t('inspection.stepsLabel')}>
      <ol>
        {inspectionSteps.map((s, index) => (
          <li key={s}>
            <a href={routeHref({ name: 'inspection', id, step: s })} aria-current={s === step ? 'step' : undefined}>
              <span className="step-no">{index + 1}</span>
              {t(`inspection.steps.${s}`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
