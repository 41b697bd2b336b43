import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfoStore } from './appInfoStore';
import { CurrentPage } from './CurrentPage';
import { routeHref } from './router/routes';
import { useHashRoute } from './router/useHashRoute';
import { useSyncRole, useSyncStatusStore } from './syncStatusStore';

export function App() {
  const { t } = useTranslation();
  const info = useAppInfoStore((s) => s.info);
  const loadInfo = useAppInfoStore((s) => s.load);
  const route = useHashRoute();
  const loadSyncStatus = useSyncStatusStore((s) => s.load);
  const role = useSyncRole();
  const section =
    route.name === 'inspections' || route.name === 'inspection'
      ? 'inspections'
      : route.name === 'office' || route.name === 'import' || route.name === 'sync' || route.name === 'settings'
        ? route.name
        : 'institutions';

  useEffect(() => {
    void loadInfo();
    void loadSyncStatus();
  }, [loadInfo, loadSyncStatus]);

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          // The hash is the route: move focus without navigating.
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        {info?.demo && (
          <span className="demo-badge" title={t('app.demoNotice')}>
            {t('app.demoBadge')}
          </span>
        )}
      </header>
      <div className="body">
        <nav className="sidebar" aria-label={t('nav.main')}>
          <a href={routeHref({ name: 'institutions' })} aria-current={section === 'institutions' ? 'page' : undefined}>
            {t('nav.institutions')}
          </a>
          <a href={routeHref({ name: 'inspections' })} aria-current={section === 'inspections' ? 'page' : undefined}>
            {t('nav.inspections')}
          </a>
          <a href={routeHref({ name: 'import', kind: 'institutions' })} aria-current={section === 'import' ? 'page' : undefined}>
            {t('nav.import')}
          </a>
          {role === 'office' && (
            <a href={routeHref({ name: 'office', tab: 'review' })} aria-current={section === 'office' ? 'page' : undefined}>
              {t('nav.office')}
            </a>
          )}
          {/* A laptop without a role yet loads its first task pack here, which makes it the field laptop. */}
          {(role === 'field' || role === null) && (
            <a href={routeHref({ name: 'sync' })} aria-current={section === 'sync' ? 'page' : undefined}>
              {t('nav.sync')}
            </a>
          )}
          <a className="sidebar-end" href={routeHref({ name: 'settings' })} aria-current={section === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </a>
        </nav>
        <main className="content" id="main-content" tabIndex={-1}>
          {info?.demo && (
            <p className="demo-notice" role="note">
              {t('app.demoNotice')}
              {route.name !== 'settings' && (
                <>
                  {' '}
                  <a href={routeHref({ name: 'settings' })}>{t('app.demoStartLink')}</a>
                </>
              )}
            </p>
          )}
          <CurrentPage route={route} />
        </main>
      </div>
    </div>
  );
}
