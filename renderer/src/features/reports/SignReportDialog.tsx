import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFileEntry } from '../../../../shared/ipc/channels/report-files';
import { MIN_SIGNING_PASSPHRASE } from '../../../../shared/ipc/channels/reports';
import type { PanelMember } from '../../../../shared/store/records';
import { errorMessage } from '../../lib/call';
import { useReportsStore, type ReportNotice } from './reportsStore';

/** A small modal asking one panel member's PIN or passphrase, then saying who signed with which certificate. */
export function SignReportDialog({ entry, member, onClose }: { entry: ReportFileEntry; member: PanelMember; onClose(): void }) {
  const { t } = useTranslation();
  const ids = { title: useId(), pass: useId(), hint: useId() };
  const dialogRef = useRef<HTMLDialogElement>(null);
  const sign = useReportsStore((s) => s.sign);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<Extract<ReportNotice, { type: 'signed' }> | null>(null);

  useEffect(() => {
    // Modal: focus stays inside and Esc cancels; unmounting removes it (closing here would re-fire onClose).
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase.length < MIN_SIGNING_PASSPHRASE) return setProblem(t('reports.sign.tooShort', { min: MIN_SIGNING_PASSPHRASE }));
    setBusy(true);
    setProblem(null);
    try {
      setDone(await sign(entry, member, passphrase));
      setPassphrase('');
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="modal" aria-labelledby={ids.title} onClose={onClose} data-testid="sign-dialog">
      <h2 id={ids.title}>{t('reports.sign.title', { name: member.name })}</h2>
      <p className="muted small">{t('reports.sign.file', { kind: t(`reports.kinds.${entry.kind}`), file: entry.file })}</p>
      {done ? (
        <>
          <p className="notice notice-ok" role="status">
            {t('reports.signedNotice', { signer: done.signer, issuer: t(`reports.issuer.${done.issuer}`), valid: done.valid, total: done.total })}
          </p>
          <div className="form-actions">
            <button type="button" className="button primary" onClick={onClose} autoFocus>
              {t('reports.sign.close')}
            </button>
          </div>
        </>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor={ids.pass}>{t('reports.sign.passphrase')}</label>
            <input
              id={ids.pass}
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              aria-describedby={ids.hint}
              aria-invalid={problem ? true : undefined}
              disabled={busy}
              autoFocus
            />
            <span id={ids.hint} className="muted small">
              {t('reports.sign.hint')}
            </span>
          </div>
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('reports.sign.busy') : t('reports.sign.submit')}
            </button>
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
