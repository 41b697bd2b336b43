import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { filingStatusCodes, institutionKinds, type InstitutionKind, type ListedFilingStatus } from '../../../../shared/ipc/channels/institutions';
import { filterOptions, rectificationFilters, type RectificationFilter } from './filterInstitutions';
import { useInstitutionsStore } from './institutionsStore';

export function InstitutionFiltersBar() {
  const { t } = useTranslation();
  const ids = { query: useId(), kind: useId(), region: useId(), year: useId(), status: useId(), rectification: useId() };
  const rows = useInstitutionsStore((s) => s.rows);
  const filters = useInstitutionsStore((s) => s.filters);
  const setFilter = useInstitutionsStore((s) => s.setFilter);
  const clearFilters = useInstitutionsStore((s) => s.clearFilters);
  const options = useMemo(() => filterOptions(rows), [rows]);

  return (
    <div className="filters" role="search">
      <div className="field field-wide">
        <label htmlFor={ids.query}>{t('institutions.searchLabel')}</label>
        <input
          id={ids.query}
          type="search"
          value={filters.query}
          placeholder={t('institutions.searchPlaceholder')}
          onChange={(e) => setFilter('query', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.kind}>{t('institutions.filters.kind')}</label>
        <select id={ids.kind} value={filters.kind} onChange={(e) => setFilter('kind', e.target.value as InstitutionKind | '')}>
          <option value="">{t('institutions.filters.all')}</option>
          {institutionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`institutions.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.region}>{t('institutions.filters.region')}</label>
        <select id={ids.region} value={filters.region} onChange={(e) => setFilter('region', e.target.value)}>
          <option value="">{t('institutions.filters.all')}</option>
          {options.regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.year}>{t('institutions.filters.year')}</label>
        <select
          id={ids.year}
          value={filters.filingYear ?? ''}
          onChange={(e) => setFilter('filingYear', e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">{t('institutions.filters.all')}</option>
          {options.years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.status}>{t('institutions.filters.status')}</label>
        <select id={ids.status} value={filters.status} onChange={(e) => setFilter('status', e.target.value as ListedFilingStatus | '')}>
          <option value="">{t('institutions.filters.all')}</option>
          {filingStatusCodes
            .filter((code) => options.statuses.includes(code))
            .map((code) => (
              <option key={code} value={code}>
                {t(`status.${code}`)}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.rectification}>{t('institutions.filters.rectification')}</label>
        <select
          id={ids.rectification}
          data-testid="rectification-filter"
          value={filters.rectification}
          onChange={(e) => setFilter('rectification', e.target.value as RectificationFilter | '')}
        >
          <option value="">{t('institutions.filters.all')}</option>
          {rectificationFilters.map((filter) => (
            <option key={filter} value={filter}>
              {t(`institutions.rectificationFilters.${filter}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button-link" onClick={clearFilters}>
        {t('institutions.filters.clear')}
      </button>
    </div>
  );
}
