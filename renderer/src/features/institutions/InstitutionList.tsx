import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstitutionsStore } from './institutionsStore';

export function InstitutionList() {
  const { t } = useTranslation();
  const searchId = useId();
  const { query, rows, loaded, error, setQuery, load } = useInstitutionsStore();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="page" aria-labelledby="institutions-heading">
      <header className="page-header">
        <h1 id="institutions-heading">{t('institutions.heading')}</h1>
        {loaded && <span className="muted">{t('institutions.count', { count: rows.length })}</span>}
      </header>
      <div className="toolbar">
        <label htmlFor={searchId}>{t('institutions.searchLabel')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('institutions.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {error && (
        <p role="alert" className="error">
          {t('errors.generic', { message: error })}
        </p>
      )}
      {!loaded ? (
        <p className="muted">{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state" data-testid="institutions-empty">
          {query ? t('institutions.noMatch') : t('institutions.empty')}
        </p>
      ) : (
        <table className="data-table" data-testid="institutions-table">
          <thead>
            <tr>
              <th scope="col">{t('institutions.columns.name')}</th>
              <th scope="col">{t('institutions.columns.kind')}</th>
              <th scope="col">{t('institutions.columns.filingNo')}</th>
              <th scope="col">{t('institutions.columns.filingYear')}</th>
              <th scope="col">{t('institutions.columns.validTo')}</th>
              <th scope="col">{t('institutions.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.name}</td>
                <td>{t(`institutions.kinds.${row.kind}`)}</td>
                <td>{row.filingNo}</td>
                <td>{row.filingYear}</td>
                <td>{row.validTo ?? '—'}</td>
                <td>{row.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
