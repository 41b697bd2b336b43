import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsInfo } from '../../../../../shared/ipc/channels/settings';
import { OfficeStoreForm } from './OfficeStoreForm';
import { useOfficeStoreStore } from './officeStoreStore';

/**
 * 本单位数据库: the office keeps its store in this PC's SQLite file or in a PostgreSQL database several PCs share.
 * Only the office chooses; a field laptop always stays on its SQLite file, so the card is not there at all.
 */
export function OfficeStoreCard({ role }: { role: SettingsInfo['role'] }) {
  return role === 'office' ? <OfficeStoreSection /> : null;
}

function OfficeStoreSection() {
  const { t } = useTranslation();
  const heading = useId();
  const choice = useOfficeStoreStore((s) => s.choice);
  const loadError = useOfficeStoreStore((s) => s.loadError);
  const load = useOfficeStoreStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t('settings.officeStore.heading')}</h2>
      {loadError && (
        <p role="alert" className="error">
          {t('settings.officeStore.loadFailed', { message: loadError })}
        </p>
      )}
      {choice ? <OfficeStoreForm choice={choice} /> : !loadError && <p className="muted">{t('app.loading')}</p>}
    </section>
  );
}
