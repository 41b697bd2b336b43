import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatusStore } from '../../app/syncStatusStore';
import { EnrollCard } from './devices/EnrollCard';
import { PackExportCard } from './devices/PackExportCard';
import { RevokeDeviceCard } from './devices/RevokeDeviceCard';
import { RoundsCard } from './devices/RoundsCard';

/** Enrolled laptops, whether their certificate still holds, the newest bundle imported from each; enrol, send a pack, revoke. */
export function DevicesTab() {
  const { t } = useTranslation();
  const devices = useSyncStatusStore((s) => s.status?.devices ?? []);
  const [packFor, setPackFor] = useState<string | null>(null);
  const [revokeFor, setRevokeFor] = useState<string | null>(null);
  const revoking = devices.find((d) => d.deviceKey === revokeFor) ?? null;
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
                    <span className={`badge ${d.revoked ? 'badge-danger' : 'badge-ok'}`}>
                      {d.revoked ? t('office.devices.revoked') : t('office.devices.active')}
                    </span>
                  </td>
                  <td className="num">{d.lastSequence ?? t('office.devices.none')}</td>
                  <td>
                    {!d.revoked && (
                      <div className="form-actions">
                        <button
                          type="button"
                          className="button"
                          onClick={() => (setRevokeFor(null), setPackFor(d.deviceKey))}
                          aria-label={t('office.pack.openFor', { device: d.deviceKey })}
                        >
                          {t('office.pack.open')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          onClick={() => (setPackFor(null), setRevokeFor(d.deviceKey))}
                          aria-label={t('office.revoke.openFor', { device: d.deviceKey })}
                        >
                          {t('office.revoke.open')}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {revoking && <RevokeDeviceCard key={revoking.deviceKey} device={revoking} onClose={() => setRevokeFor(null)} />}
      {packFor && <PackExportCard key={packFor} deviceKey={packFor} onClose={() => setPackFor(null)} />}
      <EnrollCard />
      <RoundsCard />
    </>
  );
}
