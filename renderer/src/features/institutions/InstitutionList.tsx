import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/router/routes';
import { ExportInstitutionsButton } from '../exports/ExportInstitutionsButton';
import { InstitutionFiltersBar } from './InstitutionFiltersBar';
import { InstitutionTable } from './InstitutionTable';
import { useFilteredInstitutions } from './useFilteredInstitutions';
import { useInstitutionsStore } from './institutionsStore';

export function InstitutionList() {
  const { t } = useTranslation();
  const loaded = useInstitutionsStore((s) => s.loaded);
  const error = useInstitutionsStore((s) => s.error);
  const total = useInstitutionsStore((s) => s.rows.length);
  const load = useInstitutionsStore((s) => s.load);
  const rows = useFilteredInstitutions();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="page" aria-labelledby="institutions-heading">
      <header className="page-header">
        <h1 id="institutions-heading">{t('institutions.heading')}</h1>
        {loaded && (
          <span className="muted" role="status" data-testid="institutions-count">
            {rows.length === total ? t('institutions.count', { count: total }) : t('institutions.countFiltered', { count: rows.length, total })}
          </span>
        )}
        <div className="page-actions">
          <a className="button" href={routeHref({ name: 'import', kind: 'institutions' })}>
            {t('importer.open')}
          </a>
        </div>
      </header>
      <InstitutionFiltersBar />
      {loaded && rows.length > 0 && (
        <div className="list-actions">
          <ExportInstitutionsButton count={rows.length} filtered={rows.length !== total} />
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {t('errors.generic', { message: error })}
        </p>
      )}
      {!loaded ? (
        <p className="muted">{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state" data-testid="institutions-empty">
          {total > 0 ? (
            t('institutions.noMatch')
          ) : (
            <>
              {t('institutions.empty')}
              <a href={routeHref({ name: 'import', kind: 'institutions' })}>{t('institutions.emptyImport')}</a>
            </>
          )}
        </p>
      ) : (
        <InstitutionTable rows={rows} />
      )}
    </section>
  );
}
