import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PICKED_BUNDLE_BYTES } from '../../../../shared/ipc/channels/sync';
import { routeHref } from '../../app/router/routes';
import { call, errorMessage } from '../../lib/call';
import { readFileBase64 } from '../evidence/readFileBase64';
import { FormFeedback } from '../forms/FormFeedback';
import { useBundleImportStore, type BundleSource } from './bundleImportStore';
import { ImportReport } from './ImportReport';
import { useSyncStatusStore } from '../../app/syncStatusStore';
import { useReviewStore } from './reviewStore';

/** A bundle chosen in the open dialog: main may read that path this run (the window never types one). */
interface ChosenBundle {
  path: string;
  name: string;
}

/**
 * 导入结果包: a bundle picked as a file (sent as base64) or, when large, chosen with 选择文件… in the system dialog; the
 * office passphrase, and “check only” if wanted. The latest choice of the two wins.
 */
export function ImportTab() {
  const { t } = useTranslation();
  const { busy, outcome, run } = useBundleImportStore();
  const reloadStatus = useSyncStatusStore((s) => s.load);
  const reloadReview = useReviewStore((s) => s.load);
  const fileRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<ChosenBundle | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [verifyOnly, setVerifyOnly] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function chooseInDialog() {
    setProblem(null);
    try {
      const answer = await call('files:chooseOpen', { kind: 'sync-bundle', title: t('office.import.dialogTitle') });
      if (answer.path === null || answer.name === null) return;
      setChosen({ path: answer.path, name: answer.name });
      if (fileRef.current) fileRef.current.value = '';
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  async function sourceOf(file: File | undefined): Promise<BundleSource | string> {
    if (chosen) return { path: chosen.path };
    if (!file) return t('office.import.needFile');
    if (file.size > MAX_PICKED_BUNDLE_BYTES) return t('office.import.tooLarge', { mb: MAX_PICKED_BUNDLE_BYTES / 1024 / 1024 });
    return { dataBase64: await readFileBase64(file) };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!passphrase) return setProblem(t('office.import.needPassphrase'));
    const source = await sourceOf(fileRef.current?.files?.[0]);
    if (typeof source === 'string') return setProblem(source);
    await run(source, passphrase, verifyOnly);
    if (!verifyOnly) await Promise.all([reloadStatus(), reloadReview()]);
  }

  return (
    <section className="card" aria-labelledby="office-import-heading">
      <h2 id="office-import-heading">{t('office.import.heading')}</h2>
      <p className="lead-text">{t('office.import.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <label className="field">
            {t('office.import.file')}
            <input
              ref={fileRef}
              type="file"
              accept=".skb,application/octet-stream"
              disabled={busy}
              onChange={() => setChosen(null)}
              data-testid="bundle-file"
            />
          </label>
          <div className="field">
            <span id="office-import-large">{t('office.import.large')}</span>
            <div className="form-actions">
              <button type="button" className="button" aria-describedby="office-import-large" onClick={() => void chooseInDialog()} disabled={busy}>
                {chosen ? t('office.import.chooseAgain') : t('office.import.choose')}
              </button>
              {chosen && (
                <span className="chosen-file" data-testid="bundle-chosen">
                  {t('office.import.chosen', { name: chosen.name })}
                </span>
              )}
            </div>
          </div>
          <label className="field">
            {t('office.import.passphrase')}
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
        <label className="checkbox">
          <input type="checkbox" checked={verifyOnly} onChange={(e) => setVerifyOnly(e.target.checked)} disabled={busy} />
          {t('office.import.verifyOnly')}
        </label>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('office.import.busy') : verifyOnly ? t('office.import.submitVerify') : t('office.import.submitImport')}
          </button>
        </div>
      </form>
      <FormFeedback problem={problem}>{outcome && <ImportReport outcome={outcome} />}</FormFeedback>
      {outcome?.kind === 'import' && outcome.report.status === 'imported' && (
        <p>
          <a href={routeHref({ name: 'office', tab: 'review' })}>{t('office.import.goReview')}</a>
        </p>
      )}
    </section>
  );
}
