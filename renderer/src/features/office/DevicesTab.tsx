import { useTranslation } from 'react-i18next';
import { useSyncStatusStore } from '../../app/syncStatusStore';

/** Enrolled laptops, whether their certificate still holds, and the newest bundle imported from each. */
export function DevicesTab() {
  const { t } = useTranslation();
  const devices = useSyncStatusStore((s) => s.status?.devices ?? []);
  return (
    <section aria-labelledby="office-devices-heading">
      <h2 id="office-devices-heading" className="visually-hidden">
        {t('office.devices.heading')}
      </h2>
      {devices.length === 0 ? (
        <p className="empty-state">{t('office.devices.empty')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('office.devices.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('office.devices.columns.device')}</th>
              <th scope="col">{t('office.devices.columns.label')}</th>
              <th scope="col">{t('office.devices.columns.certificate')}</th>
              <th scope="col">{t('office.devices.columns.lastSequence')}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.deviceKey}>
                <td className="mono">{d.deviceKey}</td>
                <td>{d.label}</td>
                <td>
                  <span className={`badge ${d.revoked ? 'badge-danger' : 'badge-ok'}`}>{d.revoked ? t('office.devices.revoked') : t('office.devices.active')}</span>
                </td>
                <td className="num">{d.lastSequence ?? t('office.devices.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
