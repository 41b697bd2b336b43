import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_KEY_PASSPHRASE_LENGTH, type SyncStatus } from '../../../../shared/ipc/channels/sync';
import { useSyncStatusStore } from '../../app/syncStatusStore';
import { FormFeedback } from '../forms/FormFeedback';
import { BundleExportResult } from './BundleExportResult';
import { useBundleExportStore } from './bundleExportStore';
import { ExportReadinessNote } from './ExportReadinessNote';
import { unlockSecret } from './keySecrets';
import { PinField } from './PinField';
import { useExportReadiness } from './useExportReadiness';

/** 导出结果包: how many signed inspections go in, the local passphrase or PIN when the key needs one, 另存为, then the result. */
export function BundleExportCard({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const { busy, outcome, run } = useBundleExportStore();
  const reloadStatus = useSyncStatusStore((s) => s.load);
  const readiness = useExportReadiness(status.lastBundleSequence);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const unlock = unlockSecret(status);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (unlock !== null && !pin) return setProblem(t(unlock === 'pin' ? 'fieldSync.pin.missing' : 'fieldSync.passphrase.missing'));
    // Device keys are letters, digits, - and _ (office enroll), so the suggested name is always a valid file name.
    const defaultName = t('fieldSync.bundle.defaultName', { device: status.deviceKey ?? '', sequence: status.lastBundleSequence + 1 });
    const secrets = unlock === 'pin' ? { pin } : unlock === 'passphrase' ? { keyPassphrase: pin } : {};
    const done = await run({ title: t('fieldSync.bundle.dialogTitle'), defaultName }, secrets);
    // A cancelled dialog keeps the secret for the next try; an attempt clears it.
    if (done) setPin('');
    if (done?.kind === 'done') await reloadStatus();
  }

  return (
    <section className="card" aria-labelledby="field-bundle-heading">
      <h2 id="field-bundle-heading">{t('fieldSync.bundle.heading')}</h2>
      <p className="lead-text">{t('fieldSync.bundle.intro')}</p>
      {status.role !== 'field' ? (
        <p className="muted">{t('fieldSync.bundle.needPack')}</p>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <ExportReadinessNote readiness={readiness} />
          {unlock === 'pin' && <PinField value={pin} onChange={setPin} hint={t('fieldSync.pin.hint')} invalid={problem !== null} disabled={busy} />}
          {unlock === 'passphrase' && (
            <PinField
              label={t('fieldSync.passphrase.label')}
              value={pin}
              onChange={setPin}
              hint={t('fieldSync.passphrase.hint', { min: MIN_KEY_PASSPHRASE_LENGTH })}
              invalid={problem !== null}
              disabled={busy}
            />
          )}
          <div className="form-actions">
            <button type="submit" className={readiness?.signed === 0 ? 'button' : 'button primary'} disabled={busy}>
              {busy ? t('fieldSync.bundle.busy') : t('fieldSync.bundle.submit')}
            </button>
          </div>
        </form>
      )}
      <FormFeedback problem={problem}>{outcome && <BundleExportResult outcome={outcome} />}</FormFeedback>
    </section>
  );
}
