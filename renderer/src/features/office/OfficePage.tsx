import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { officeTabs, routeHref, type OfficeTab } from '../../app/router/routes';
import { ExpertPoolTab } from '../expert-pool/ExpertPoolTab';
import { RoundDrawsTab } from '../round-draws/RoundDrawsTab';
import { ConflictsTab } from './ConflictsTab';
import { DevicesTab } from './DevicesTab';
import { FormsTab } from './FormsTab';
import { ImportTab } from './ImportTab';
import { useSyncStatusStore } from '../../app/syncStatusStore';
import { useOpenedFileStore } from './openedFileStore';
import { RectificationsTab } from '../rectification/RectificationsTab';
import { ReviewTab } from './ReviewTab';
import { SummaryTab } from './SummaryTab';

function CurrentTab({ tab }: { tab: OfficeTab }) {
  switch (tab) {
    case 'import':
      return <ImportTab />;
    case 'review':
      return <ReviewTab />;
    case 'conflicts':
      return <ConflictsTab />;
    case 'rectifications':
      return <RectificationsTab />;
    case 'summary':
      return <SummaryTab />;
    case 'devices':
      return <DevicesTab />;
    case 'forms':
      return <FormsTab />;
    case 'experts':
      return <ExpertPoolTab />;
    case 'draws':
      return <RoundDrawsTab />;
  }
}

/** 办公室审核: the office's master database receives the laptops' result bundles, reviews them and prints 附件4. */
export function OfficePage({ tab }: { tab: OfficeTab }) {
  const { t } = useTranslation();
  const status = useSyncStatusStore((s) => s.status);
  const error = useSyncStatusStore((s) => s.error);
  const load = useSyncStatusStore((s) => s.load);

  const clearOpenedFile = useOpenedFileStore((s) => s.clear);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => clearOpenedFile(), [tab, clearOpenedFile]);

  return (
    <section className="page" aria-labelledby="office-heading">
      <header className="page-header">
        <h1 id="office-heading">{t('office.heading')}</h1>
        {status?.officeName && <span className="muted">{t('office.officeName', { name: status.officeName })}</span>}
      </header>
      {error && (
        <p role="alert" className="error">
          {t('errors.generic', { message: error })}
        </p>
      )}
      {status && status.role !== 'office' ? (
        <p className="notice notice-warn">{t('office.notOffice')}</p>
      ) : (
        <>
          <nav className="tabs" aria-label={t('office.tabsLabel')}>
            <ul>
              {officeTabs.map((name) => (
                <li key={name}>
                  <a href={routeHref({ name: 'office', tab: name })} aria-current={name === tab ? 'page' : undefined}>
                    {t(`office.tabs.${name}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {status && <CurrentTab tab={tab} />}
        </>
      )}
    </section>
  );
}
