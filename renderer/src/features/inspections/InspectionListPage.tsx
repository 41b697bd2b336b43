import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../../../shared/domain/scoring';
import { routeHref } from '../../app/router/routes';
import { useInstitutionsStore } from '../institutions/institutionsStore';
import { templateTitle, useTemplatesStore } from '../templates/templatesStore';
import { useInspectionListStore } from './inspectionListStore';

export function InspectionListPage() {
  const { t } = useTranslation();
  const { inspections, error, load } = useInspectionListStore();
  const rows = useInstitutionsStore((s) => s.rows);
  const loadInstitutions = useInstitutionsStore((s) => s.load);
  const templates = useTemplatesStore((s) => s.summaries);
  const loadTemplates = useTemplatesStore((s) => s.loadList);
  const names = useMemo(() => new Map(rows.map((r) => [r.id, r.name])), [rows]);

  useEffect(() => {
    void load();
    void loadInstitutions();
    void loadTemplates();
  }, [load, loadInstitutions, loadTemplates]);

  return (
    <section className="page" aria-labelledby="inspections-heading">
      <header className="page-header">
        <h1 id="inspections-heading">{t('inspections.heading')}</h1>
      </header>
      {error && (
        <p role="alert" className="error">
          {t('errors.generic', { message: error })}
        </p>
      )}
      {inspections.length === 0 ? (
        <p className="empty-state">{t('inspections.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('inspections.columns.institution')}</th>
              <th scope="col">{t('inspections.columns.template')}</th>
              <th scope="col">{t('inspections.columns.date')}</th>
              <th scope="col">{t('inspections.columns.status')}</th>
              <th scope="col">{t('inspections.columns.score')}</th>
            </tr>
          </thead>
          <tbody>
            {inspections.map((i) => (
              <tr key={i.id}>
                <td>
                  <a href={routeHref({ name: 'inspection', id: i.id, step: 'scoring' })}>{names.get(i.filingId) ?? `#${i.institutionId}`}</a>
                </td>
                <td>{templateTitle(templates, i.templateId)}</td>
                <td>{i.inspectionDate}</td>
                <td>{t('inspections.statusRevision', { status: t(`inspection.status.${i.status}`), revision: i.revision })}</td>
                <td className="num">{i.scoreHundredths === null ? '—' : formatPoints(i.scoreHundredths)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
