import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVICE_KEY_PATTERN, MIN_ENROLL_PIN_LENGTH, type SyncEnrollResult } from '../../../../../shared/ipc/channels/sync';
import { useSyncStatusStore } from '../../../app/syncStatusStore';
import { call, errorMessage } from '../../../lib/call';
import { FormFeedback } from '../../forms/FormFeedback';

/** 登记外业笔记本: inspector, device id and name, PIN twice, office passphrase → 另存为 (.p12) → where it was written. */
export function EnrollCard() {
  const { t } = useTranslation();
  const reloadStatus = useSyncStatusStore((s) => s.load);
  const [inspector, setInspector] = useState('');
  const [device, setDevice] = useState('');
  const [label, setLabel] = useState('');
  const [pin, setPin] = useState('');
  const [pin2, setPin2] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<SyncEnrollResult | null>(null);

  function formProblem(): string | null {
    if (!inspector.trim()) return t('office.enroll.needInspector');
    if (!DEVICE_KEY_PATTERN.test(device)) return t('office.enroll.badDevice');
    if (pin.length < MIN_ENROLL_PIN_LENGTH) return t('office.enroll.shortPin', { min: MIN_ENROLL_PIN_LENGTH });
    if (pin !== pin2) return t('office.enroll.pinMismatch');
    if (!passphrase) return t('office.enroll.needPassphrase');
    return null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setResult(null);
    const refused = formProblem();
    if (refused) return setProblem(refused);
    setBusy(true);
    try {
      const chosen = await call('files:chooseSave', { kind: 'p12', title: t('office.enroll.dialogTitle'), defaultName: `${device}.p12` });
      // A cancelled dialog keeps what was typed; an attempt clears the secrets.
      if (chosen.path === null) return;
      const secrets = { pin, passphrase };
      setPin('');
      setPin2('');
      setPassphrase('');
      const deviceLabel = label.trim();
      setResult(
        await call('sync:enroll', {
          inspectorName: inspector,
          deviceKey: device,
          ...(deviceLabel ? { deviceLabel } : {}),
          ...secrets,
          path: chosen.path,
        }),
      );
      await reloadStatus();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="office-enroll-heading">
      <h2 id="office-enroll-heading">{t('office.enroll.heading')}</h2>
      <p className="lead-text">{t('office.enroll.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <label className="field">
            {t('office.enroll.inspector')}
            <input value={inspector} onChange={(e) => setInspector(e.target.value)} maxLength={100} required aria-required="true" disabled={busy} />
          </label>
          <label className="field">
            {t('office.enroll.device')}
            <input
              value={device}
              onChange={(e) => setDevice(e.target.value)}
              maxLength={64}
              spellCheck={false}
              required
              aria-required="true"
              disabled={busy}
            />
          </label>
          <label className="field">
            {t('office.enroll.label')}
            <input
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              maxLength={100}
              placeholder={t('office.enroll.labelExample')}
              disabled={busy}
            />
          </label>
          <label className="field">
            {t('office.enroll.pin', { min: MIN_ENROLL_PIN_LENGTH })}
            <input
              type="password"
              value={pin}
              onChange={(e) => setPin(e.target.value)}
              autoComplete="off"
              required
              aria-required="true"
              disabled={busy}
            />
          </label>
          <label className="field">
            {t('office.enroll.pinAgain')}
            <input
              type="password"
              value={pin2}
              onChange={(e) => setPin2(e.target.value)}
              autoComplete="off"
              required
              aria-required="true"
              disabled={busy}
            />
          </label>
          <label className="field">
            {t('office.enroll.passphrase')}
            <input
              type="password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              autoComplete="off"
              required
              aria-required="true"
              disabled={busy}
            />
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('office.enroll.busy') : t('office.enroll.submit')}
          </button>
        </div>
      </form>
      <FormFeedback problem={problem}>
        {result && (
          <div className="notice notice-ok" data-testid="enroll-result">
            <p>{t('office.enroll.done', { inspector: result.inspectorName, device: result.deviceKey })}</p>
            <p className="mono">{result.path}</p>
            <p>{t('office.enroll.handOver')}</p>
          </div>
        )}
      </FormFeedback>
    </section>
  );
}
