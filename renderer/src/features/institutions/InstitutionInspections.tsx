import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/router/routes';
import { useInstitutionDetailStore } from './institutionDetailStore';

/** Inspections already started for this institution, so an inspector resumes rather than starts twice. */
export function InstitutionInspections() {
  const { t } = useTranslation();
  const inspections = useInstitutionDetailStore((s) => s.inspections);
  if (inspections.length === 0) return null;
  return (
    <section className="card" aria-labelledby="institution-inspections">
      <h2 id="institution-inspections">{t('institution.inspections')}</h2>
      <ul className="plain-list">
        {inspections.map((inspection) => (
          <li key={inspection.id}>
            <a href={routeHref({ name: 'inspection', id: inspection.id, step: 'scoring' })}>
              {t('institution.inspectionLink', {
                date: inspection.inspectionDate,
                revision: inspection.revision,
                status: t(`inspection.status.${inspection.status}`),
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
