import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/ipc/channels/sync';
import { useAppInfoStore } from '../../app/appInfoStore';
import { routeHref } from '../../app/router/routes';
import { useSyncStatusStore } from '../../app/syncStatusStore';
import { FormFeedback } from '../forms/FormFeedback';
import { FileChoice } from './FileChoice';
import { PackImportResult } from './PackImportResult';
import { usePackImportStore } from './packImportStore';
import { PinField } from './PinField';

/**
 * 导入任务包: the pack, the certificate the first time (or after the office re-issued it), the PIN when the key is
 * PIN-protected or a certificate is being opened; then the result in plain words.
 */
export function PackImportCard({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const { pack, certificate, busy, outcome, choose, run } = usePackImportStore();
  const reloadStatus = useSyncStatusStore((s) => s.load);
  const reloadInfo = useAppInfoStore((s) => s.load);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<{ text: string; field: 'pack' | 'certificate' | 'pin' } | null>(null);

  const enrolled = status.deviceKey !== null;
  // safeStorage keeps the key without a PIN; a certificate file can only be opened with one.
  const needsPin = !enrolled || status.keyProtection === 'pin' || certificate !== null;
  // One red button, on the next step; a laptop already set up has no next step here until a new pack is chosen.
  const nextStep = !pack ? (enrolled ? null : 'pack') : !enrolled && !certificate ? 'certificate' : 'submit';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!pack) return setProblem({ text: t('fieldSync.pack.needPack'), field: 'pack' });
    if (!enrolled && !certificate) return setProblem({ text: t('fieldSync.pack.needCertificate'), field: 'certificate' });
    if (needsPin && !pin) return setProblem({ text: t('fieldSync.pin.missing'), field: 'pin' });
    const done = await run(needsPin ? pin : '');
    setPin('');
    if (done?.kind === 'done') await Promise.all([reloadStatus(), reloadInfo()]);
  }

  return (
    <section className="card" aria-labelledby="field-pack-heading">
      <h2 id="field-pack-heading">{t('fieldSync.pack.heading')}</h2>
      <p className="lead-text">{t('fieldSync.pack.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FileChoice
          label={t('fieldSync.pack.file')}
          chosen={pack}
          chooseText={t('fieldSync.pack.choose')}
          chooseAgainText={t('fieldSync.pack.chooseAgain')}
          onChoose={() => void choose('pack', t('fieldSync.pack.dialogTitle'))}
          disabled={busy}
          primary={nextStep === 'pack'}
          testId="pack-chosen"
        />
        <FileChoice
          label={t('fieldSync.pack.certificate')}
          hint={enrolled ? t('fieldSync.pack.certificateRenewed') : t('fieldSync.pack.certificateFirst')}
          chosen={certificate}
          chooseText={t('fieldSync.pack.chooseCertificate')}
          chooseAgainText={t('fieldSync.pack.chooseCertificateAgain')}
          onChoose={() => void choose('certificate', t('fieldSync.pack.certificateDialogTitle'))}
          disabled={busy}
          primary={nextStep === 'certificate'}
          testId="certificate-chosen"
        />
        {needsPin && (
          <PinField
            value={pin}
            onChange={setPin}
            hint={enrolled && certificate === null ? t('fieldSync.pin.hint') : t('fieldSync.pin.firstHint')}
            invalid={problem?.field === 'pin'}
            disabled={busy}
          />
        )}
        <div className="form-actions">
          <button type="submit" className={nextStep === 'submit' ? 'button primary' : 'button'} disabled={busy}>
            {busy ? t('fieldSync.pack.busy') : t('fieldSync.pack.submit')}
          </button>
        </div>
      </form>
      <FormFeedback problem={problem?.text ?? null}>{outcome && <PackImportResult outcome={outcome} />}</FormFeedback>
      {outcome?.kind === 'done' && (
        <p>
          <a href={routeHref({ name: 'institutions' })}>{t('fieldSync.pack.toInstitutions')}</a>
        </p>
      )}
    </section>
  );
}
