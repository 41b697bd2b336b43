import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PICKED_BUNDLE_BYTES } from '../../../../shared/ipc/channels/sync';
import { routeHref } from '../../app/router/routes';
import { readFileBase64 } from '../evidence/readFileBase64';
import { useBundleImportStore, type BundleSource } from './bundleImportStore';
import { ImportReport } from './ImportReport';
import { useOfficeStatusStore } from './officeStatusStore';
import { useReviewStore } from './reviewStore';

/** 导入结果包: a bundle picked as a file (or named by path), the office passphrase, and “check only” if wanted. */
export function ImportTab() {
  const { t } = useTranslation();
  const { busy, outcome, run } = useBundleImportStore();
  const reloadStatus = useOfficeStatusStore((s) => s.load);
  const reloadReview = useReviewStore((s) => s.load);
  const fileRef = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [verifyOnly, setVerifyOnly] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function sourceOf(file: File | undefined): Promise<BundleSource | string> {
    const typed = path.trim();
    if (file && typed) return t('office.import.bothGiven');
    if (typed) return { path: typed };
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
            <input ref={fileRef} type="file" accept=".skb,application/octet-stream" disabled={busy} data-testid="bundle-file" />
          </label>
          <label className="field">
            {t('office.import.path')}
            <input type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder={t('office.import.pathHint')} disabled={busy} />
          </label>
          <label className="field">
            {t('office.import.passphrase')}
            <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="off" required aria-required="true" disabled={busy} />
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
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div role="status" aria-live="polite">
        {outcome && <ImportReport outcome={outcome} />}
      </div>
      {outcome?.kind === 'import' && outcome.report.status === 'imported' && (
        <p>
          <a href={routeHref({ name: 'office', tab: 'review' })}>{t('office.import.goReview')}</a>
        </p>
      )}
    </section>
  );
}
