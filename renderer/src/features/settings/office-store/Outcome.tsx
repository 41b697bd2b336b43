import { useTranslation } from 'react-i18next';
import type { ConnectionTestResult, OfficeStoreSaved } from '../../../../../shared/ipc/channels/office-store';

/** What 测试连接 found, in plain words: the server's version and whether this app can use the database. */
export function ConnectionReport({ result }: { result: ConnectionTestResult }) {
  const { t } = useTranslation();
  const { contents } = result;
  const usable = contents.kind === 'empty' || contents.kind === 'ours';
  const what =
    contents.kind === 'empty'
      ? t('settings.officeStore.contents.empty')
      : contents.kind === 'foreign'
        ? t('settings.officeStore.contents.foreign', { tables: contents.tables.join('、') })
        : contents.kind === 'newer'
          ? t('settings.officeStore.contents.newer', { version: contents.version, latest: contents.latest })
          : contents.version < contents.latest
            ? t('settings.officeStore.contents.oursOlder', { version: contents.version, latest: contents.latest })
            : t('settings.officeStore.contents.ours', { version: contents.version });
  return (
    <div className={usable ? 'notice notice-ok' : 'notice notice-warn'} data-testid="office-store-test-result">
      <p>{t('settings.officeStore.connected', { version: result.serverVersion })}</p>
      <p>{what}</p>
    </div>
  );
}

/** After 保存: saved, whether a restart is needed, and whether an empty database was just made this app's store. */
export function SavedReport({ saved }: { saved: OfficeStoreSaved }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice-ok" data-testid="office-store-saved">
      {saved.initialised
        ? t('settings.officeStore.savedInitialised')
        : saved.restartRequired
          ? t('settings.officeStore.saved')
          : t('settings.officeStore.savedNoRestart')}
    </p>
  );
}
