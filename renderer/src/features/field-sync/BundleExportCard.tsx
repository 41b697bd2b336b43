import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/ipc/channels/sync';
import { useSyncStatusStore } from '../../app/syncStatusStore';
import { FormFeedback } from '../forms/FormFeedback';
import { BundleExportResult } from './BundleExportResult';
import { useBundleExportStore } from './bundleExportStore';
import { ExportReadinessNote } from './ExportReadinessNote';
import { PinField } from './PinField';
import { useExportReadiness } from './useExportReadiness';

/** 导出结果包: how many signed inspections go in, the PIN when the key needs it, 另存为, then what was written where. */
export function BundleExportCard({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const { busy, outcome, run } = useBundleExportStore();
  const reloadStatus = useSyncStatusStore((s) => s.load);
  const readiness = useExportReadiness(status.lastBundleSequence);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const needsPin = status.keyProtection === 'pin';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (needsPin && !pin) return setProblem(t('fieldSync.pin.missing'));
    // Device keys are letters, digits, - and _ (office enroll), so the suggested name is always a valid file name.
    const defaultName = t('fieldSync.bundle.defaultName', { device: status.deviceKey ?? '', sequence: status.lastBundleSequence + 1 });
    const done = await run({ title: t('fieldSync.bundle.dialogTitle'), defaultName }, needsPin ? pin : '');
    // A cancelled dialog keeps the PIN for the next try; an attempt clears it.
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
          {needsPin && <PinField value={pin} onChange={setPin} hint={t('fieldSync.pin.hint')} invalid={problem !== null} disabled={busy} />}
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
