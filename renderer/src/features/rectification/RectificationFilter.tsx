import { useTranslation } from 'react-i18next';
import { useRectificationStore, type WatchFilter } from './rectificationStore';

const filters: WatchFilter[] = ['all', 'dueSoon', 'overdue'];

/** 全部 / 即将到期 / 逾期: the deadline watch narrows the list. */
export function RectificationFilter() {
  const { t } = useTranslation();
  const filter = useRectificationStore((s) => s.filter);
  const setFilter = useRectificationStore((s) => s.setFilter);
  return (
    <fieldset className="filters" data-testid="rectification-filter">
      <legend className="visually-hidden">{t('rectification.filter.label')}</legend>
      {filters.map((name) => (
        <label key={name} className="radio">
          <input type="radio" name="rectification-filter" value={name} checked={filter === name} onChange={() => setFilter(name)} />
          {t(`rectification.filter.${name}`)}
        </label>
      ))}
    </fieldset>
  );
}
