import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { InstitutionList } from '../features/institutions/InstitutionList';
import { useAppInfoStore } from './appInfoStore';

export function App() {
  const { t } = useTranslation();
  const info = useAppInfoStore((s) => s.info);
  const loadInfo = useAppInfoStore((s) => s.load);

  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);

  return (
    <div className="shell">
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
          <a href="#/institutions" aria-current="page">
            {t('nav.institutions')}
          </a>
        </nav>
        <main className="content">
          {info?.demo && (
            <p className="demo-notice" role="note">
              {t('app.demoNotice')}
            </p>
          )}
          <InstitutionList />
        </main>
      </div>
    </div>
  );
}
