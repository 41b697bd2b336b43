import { useTranslation } from 'react-i18next';
import { ExpertRow } from './ExpertRow';
import { useExpertPoolStore } from './expertPoolStore';

/** The pool's experts with the search box and the 仅显示在库 toggle (both asked of main, experts:list). */
export function ExpertList() {
  const { t } = useTranslation();
  const { experts, loaded, query, activeOnly, setQuery, setActiveOnly } = useExpertPoolStore();
  return (
    <>
      <div className="filters">
        <label className="field field-wide">
          {t('expertPool.search')}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('expertPool.searchHint')}
            maxLength={100}
            data-testid="expert-search"
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={activeOnly} onChange={(e) => setActiveOnly(e.target.checked)} data-testid="expert-active-only" />
          {t('expertPool.activeOnly')}
        </label>
      </div>
      {loaded && experts.length === 0 ? (
        <p className="empty-state">{query || activeOnly ? t('expertPool.noMatch') : t('expertPool.empty')}</p>
      ) : (
        <div className="wide-scroll">
          <table className="data-table compact" data-testid="expert-list">
            <thead>
              <tr>
                <th scope="col">{t('expertPool.columns.code')}</th>
                <th scope="col">{t('expertPool.columns.name')}</th>
                <th scope="col">{t('expertPool.columns.idNumber')}</th>
                <th scope="col">{t('expertPool.columns.employer')}</th>
                <th scope="col">{t('expertPool.columns.region')}</th>
                <th scope="col">{t('expertPool.columns.specialties')}</th>
                <th scope="col">{t('expertPool.columns.roles')}</th>
                <th scope="col">{t('expertPool.columns.active')}</th>
                <th scope="col">{t('expertPool.columns.device')}</th>
                <th scope="col">{t('expertPool.columns.conflicts')}</th>
                <th scope="col">{t('expertPool.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {experts.map((expert) => (
                <ExpertRow key={expert.id} expert={expert} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
