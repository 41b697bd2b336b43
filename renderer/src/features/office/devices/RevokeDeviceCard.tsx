import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncRevokeResult, SyncStatus } from '../../../../../shared/ipc/channels/sync';
import { useSyncStatusStore } from '../../../app/syncStatusStore';
import { call, errorMessage } from '../../../lib/call';
import { FormFeedback } from '../../forms/FormFeedback';

type Device = SyncStatus['devices'][number];

/**
 * 吊销 one laptop (lost, stolen, handed back): the reason is required and the step is confirmed, because it cannot be
 * undone — the laptop must be enrolled again to work with the office.
 */
export function RevokeDeviceCard({ device, onClose }: { device: Device; onClose(): void }) {
  const { t } = useTranslation();
  const reloadStatus = useSyncStatusStore((s) => s.load);
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<SyncRevokeResult | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) return setProblem(t('office.revoke.needReason'));
    setBusy(true);
    try {
      setResult(await call('sync:revokeDevice', { deviceKey: device.deviceKey, reason }));
      await reloadStatus();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="office-revoke-heading">
      <h2 id="office-revoke-heading">{t('office.revoke.heading', { device: device.deviceKey })}</h2>
      {!result && (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <p className="notice notice-warn">{t('office.revoke.warning', { device: device.deviceKey, label: device.label })}</p>
          <div className="field">
            <label htmlFor={reasonId}>{t('office.revoke.reason')}</label>
            <textarea
              id={reasonId}
              value={reason}
              onChange={(e) => (setReason(e.target.value), setProblem(null))}
              maxLength={500}
              rows={2}
              required
              aria-required="true"
              disabled={busy}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('office.revoke.busy') : t('office.revoke.confirm')}
            </button>
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              {t('office.revoke.cancel')}
            </button>
          </div>
        </form>
      )}
      <FormFeedback problem={problem}>
        {result && (
          <div className="notice notice-ok" data-testid="revoke-result">
            <p>{t('office.revoke.done', { device: result.deviceKey, count: result.certificates, reason: result.reason })}</p>
            <div className="form-actions">
              <button type="button" className="button" onClick={onClose}>
                {t('office.revoke.close')}
              </button>
            </div>
          </div>
        )}
      </FormFeedback>
    </section>
  );
}
