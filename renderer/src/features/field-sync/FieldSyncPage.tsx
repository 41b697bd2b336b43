import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfoStore } from '../../app/appInfoStore';
import { routeHref } from '../../app/router/routes';
import { useSyncStatusStore } from '../../app/syncStatusStore';
import { BundleExportCard } from './BundleExportCard';
import { DeviceStatusCard } from './DeviceStatusCard';
import { PackImportCard } from './PackImportCard';

/** 同步 on the inspector's laptop: the office's task pack in, the signed results out, both as files. */
export function FieldSyncPage() {
  const { t } = useTranslation();
  const status = useSyncStatusStore((s) => s.status);
  const error = useSyncStatusStore((s) => s.error);
  const load = useSyncStatusStore((s) => s.load);
  const demo = useAppInfoStore((s) => s.info?.demo ?? false);
  // Decided once per visit: the first import makes the laptop a field laptop, and the cards must not swap places
  // under the inspector's eyes while the import's result is being read.
  const [exportFirst, setExportFirst] = useState<boolean | null>(null);
  if (status && exportFirst === null) setExportFirst(status.role === 'field');

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="page narrow" aria-labelledby="field-sync-heading">
      <header className="page-header">
        <h1 id="field-sync-heading">{t('fieldSync.heading')}</h1>
      </header>
      <p className="lead-text">{t('fieldSync.intro')}</p>
      {error && (
        <p role="alert" className="error notice">
          {t('errors.generic', { message: error })}
        </p>
      )}
      {status?.role === null && <p className="notice notice-info">{t('fieldSync.noRole')}</p>}
      {status?.role === null && demo && (
        <p className="notice notice-warn">
          {t('fieldSync.demoDatabase')} <a href={routeHref({ name: 'settings' })}>{t('fieldSync.demoDatabaseLink')}</a>
        </p>
      )}
      {status && status.role !== 'office' && (
        <>
          <DeviceStatusCard status={status} />
          {/* First the pack; once set up, sending results back is the everyday step, so it comes first. */}
          {exportFirst ? (
            <>
              <BundleExportCard status={status} />
              <PackImportCard status={status} />
            </>
          ) : (
            <>
              <PackImportCard status={status} />
              <BundleExportCard status={status} />
            </>
          )}
        </>
      )}
      {status?.role === 'office' && <p className="notice notice-warn">{t('fieldSync.officeDatabase')}</p>}
    </section>
  );
}
