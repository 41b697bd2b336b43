import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatusStore } from '../../app/syncStatusStore';
import { EnrollCard } from './devices/EnrollCard';
import { PackExportCard } from './devices/PackExportCard';

/** Enrolled laptops, whether their certificate still holds, the newest bundle imported from each; enrol, send a pack. */
export function DevicesTab() {
  const { t } = useTranslation();
  const devices = useSyncStatusStore((s) => s.status?.devices ?? []);
  const [packFor, setPackFor] = useState<string | null>(null);
  return (
    <>
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
                <th scope="col">{t('office.devices.columns.actions')}</th>
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
                  <td>
                    {!d.revoked && (
                      <button type="button" className="button" onClick={() => setPackFor(d.deviceKey)} aria-label={t('office.pack.openFor', { device: d.deviceKey })}>
                        {t('office.pack.open')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {packFor && <PackExportCard key={packFor} deviceKey={packFor} onClose={() => setPackFor(null)} />}
      <EnrollCard />
    </>
  );
}
