import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPERT_IMPORT_HREF } from './expertForm';
import { ExpertEditor } from './ExpertEditor';
import { ExpertList } from './ExpertList';
import { useExpertPoolStore } from './expertPoolStore';

/** 专家库: the pool the panels are drawn from — search, 在库 filter, add or edit one expert, 停用/启用, import. */
export function ExpertPoolTab() {
  const { t } = useTranslation();
  const { experts, editing, error, saved, load, edit } = useExpertPoolStore();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="expert-pool-heading" data-testid="expert-pool">
      <div className="card-header">
        <h2 id="expert-pool-heading">{t('expertPool.heading')}</h2>
        <span className="muted">{t('expertPool.count', { count: experts.length })}</span>
      </div>
      <p className="lead-text">{t('expertPool.intro')}</p>
      <div className="list-actions">
        <button type="button" className="button primary" onClick={() => edit({ mode: 'new' })} data-testid="expert-new">
          {t('expertPool.new')}
        </button>{' '}
        <a className="button" href={EXPERT_IMPORT_HREF} data-testid="expert-import-link">
          {t('expertPool.importLink')}
        </a>
      </div>
      <div role="status" aria-live="polite">
        {saved && <p className="notice notice-ok">{t('expertPool.saved', { code: saved.code, name: saved.name })}</p>}
      </div>
      {error && (
        <p role="alert" className="error">
          {t('errors.generic', { message: error })}
        </p>
      )}
      {editing.mode !== 'closed' && <ExpertEditor key={editing.mode === 'edit' ? editing.expert.id : 'new'} editing={editing} />}
      <ExpertList />
    </section>
  );
}
