import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isStrongKeyPassphrase, MIN_KEY_PASSPHRASE_LENGTH, type SyncStatus } from '../../../../shared/ipc/channels/sync';
import { useAppInfoStore } from '../../app/appInfoStore';
import { routeHref } from '../../app/router/routes';
import { useSyncStatusStore } from '../../app/syncStatusStore';
import { FormFeedback } from '../forms/FormFeedback';
import { FileChoice } from './FileChoice';
import { unlockSecret } from './keySecrets';
import { NewPassphraseFields } from './NewPassphraseFields';
import { PackImportResult } from './PackImportResult';
import { usePackImportStore } from './packImportStore';
import { PinField } from './PinField';

/**
 * 导入任务包: the pack, the certificate the first time (or after the office re-issued it) with its PIN — and, where no
 * system keychain will keep the key, a new local passphrase to protect it; a later pack asks only for what unlocks the
 * stored key (the local passphrase, or the PIN on laptops set up earlier). Then the result in plain words.
 */
export function PackImportCard({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const { pack, certificate, busy, outcome, choose, run } = usePackImportStore();
  const reloadStatus = useSyncStatusStore((s) => s.load);
  const reloadInfo = useAppInfoStore((s) => s.load);
  const [pin, setPin] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [passphraseAgain, setPassphraseAgain] = useState('');
  const [problem, setProblem] = useState<{ text: string; field: 'pack' | 'certificate' | 'pin' | 'passphrase' } | null>(null);

  const enrolled = status.deviceKey !== null;
  // A certificate file is opened with its PIN, and the key inside is stored anew: in the keychain, or under a new
  // local passphrase where there is none. Otherwise the stored key is unlocked as it was stored.
  const opensCertificate = !enrolled || certificate !== null;
  const setsPassphrase = opensCertificate && !status.keychainAvailable;
  const unlock = opensCertificate ? null : unlockSecret(status);
  const needsPin = opensCertificate || unlock === 'pin';
  // One red button, on the next step; a laptop already set up has no next step here until a new pack is chosen.
  const nextStep = !pack ? (enrolled ? null : 'pack') : !enrolled && !certificate ? 'certificate' : 'submit';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!pack) return setProblem({ text: t('fieldSync.pack.needPack'), field: 'pack' });
    if (!enrolled && !certificate) return setProblem({ text: t('fieldSync.pack.needCertificate'), field: 'certificate' });
    if (needsPin && !pin) return setProblem({ text: t('fieldSync.pin.missing'), field: 'pin' });
    if (unlock === 'passphrase' && !passphrase) return setProblem({ text: t('fieldSync.passphrase.missing'), field: 'passphrase' });
    if (setsPassphrase && !isStrongKeyPassphrase(passphrase))
      return setProblem({ text: t('fieldSync.passphrase.weak', { min: MIN_KEY_PASSPHRASE_LENGTH }), field: 'passphrase' });
    if (setsPassphrase && passphrase !== passphraseAgain) return setProblem({ text: t('fieldSync.passphrase.mismatch'), field: 'passphrase' });
    const sendsPassphrase = setsPassphrase || unlock === 'passphrase';
    const done = await run({ ...(needsPin ? { pin } : {}), ...(sendsPassphrase ? { keyPassphrase: passphrase } : {}) });
    setPin('');
    setPassphrase('');
    setPassphraseAgain('');
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
        {setsPassphrase && (
          <NewPassphraseFields
            value={passphrase}
            again={passphraseAgain}
            onChange={setPassphrase}
            onAgainChange={setPassphraseAgain}
            invalid={problem?.field === 'passphrase'}
            disabled={busy}
          />
        )}
        {unlock === 'passphrase' && (
          <PinField
            label={t('fieldSync.passphrase.label')}
            value={passphrase}
            onChange={setPassphrase}
            hint={t('fieldSync.passphrase.hint', { min: MIN_KEY_PASSPHRASE_LENGTH })}
            invalid={problem?.field === 'passphrase'}
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
