import { useTranslation } from 'react-i18next';
import { RectificationFilter } from './RectificationFilter';
import { RectificationRow } from './RectificationRow';
import { useRectificationStore } from './rectificationStore';

/** Every rectification with its deadline and watch; the filter keeps the due-soon or overdue ones. */
export function RectificationList() {
  const { t } = useTranslation();
  const { list, loaded, filter, show, busy } = useRectificationStore();
  const rows = filter === 'all' ? list : list.filter((r) => r.watch === filter);
  return (
    <section aria-labelledby="rectification-list-heading">
      <div className="card-header">
        <h2 id="rectification-list-heading">{t('rectification.heading')}</h2>
        {list.length > 0 && <span className="muted">{t('rectification.count', { count: list.length })}</span>}
      </div>
      <p className="lead-text">{t('rectification.intro')}</p>
      <RectificationFilter />
      {loaded && rows.length === 0 ? (
        <p className="empty-state">{list.length === 0 ? t('rectification.empty') : t('rectification.noMatch')}</p>
      ) : (
        <table className="data-table compact" data-testid="rectification-list">
          <thead>
            <tr>
              <th scope="col">{t('rectification.columns.institution')}</th>
              <th scope="col">{t('rectification.columns.round')}</th>
              <th scope="col">{t('rectification.columns.outcome')}</th>
              <th scope="col">{t('rectification.columns.dueOn')}</th>
              <th scope="col">{t('rectification.columns.watch')}</th>
              <th scope="col">{t('rectification.columns.stage')}</th>
              <th scope="col">{t('rectification.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <RectificationRow key={r.uid} rectification={r} busy={busy} onShow={() => void show(r.uid)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
