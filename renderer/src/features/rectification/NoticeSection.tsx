import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RectificationView } from '../../../../shared/domain/rectification/types';
import { useRectificationStore } from './rectificationStore';

/** 整改通知书: generated and signed with the office key (its passphrase asked each time), then opened in the viewer. */
export function NoticeSection({ rectification: r }: { rectification: RectificationView }) {
  const { t } = useTranslation();
  const { busy, generateNotice, openFile } = useRectificationStore();
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState(false);
  const office = r.origin === 'office';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return setMissing(true);
    const secret = passphrase;
    setPassphrase('');
    if (await generateNotice(secret)) setAsking(false);
  }

  return (
    <section className="card" aria-labelledby="rectification-notice-heading">
      <h3 id="rectification-notice-heading">{t('rectification.notice.heading')}</h3>
      {r.notice ? (
        <p>
          {t('rectification.notice.generated', { name: r.notice.name, kb: Math.max(1, Math.round(r.notice.bytes / 1024)) })}{' '}
          <button
            type="button"
            className="button small"
            data-testid="notice-open"
            onClick={() => r.notice && void openFile(r.notice.fileId, r.notice.name)}
            disabled={busy}
          >
            {t('rectification.notice.open')}
          </button>
        </p>
      ) : (
        <p className="muted">{t('rectification.notice.none')}</p>
      )}
      {office &&
        !r.notice &&
        (asking ? (
          <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
            <label className="field">
              {t('rectification.notice.passphrase')}
              <input
                type="password"
                value={passphrase}
                onChange={(e) => (setPassphrase(e.target.value), setMissing(false))}
                autoComplete="off"
                autoFocus
                required
                aria-required="true"
                aria-invalid={missing || undefined}
                disabled={busy}
                data-testid="notice-passphrase"
              />
            </label>
            {missing && (
              <p role="alert" className="error small">
                {t('rectification.notice.needPassphrase')}
              </p>
            )}
            <div className="form-actions">
              <button type="submit" className="button primary" disabled={busy} data-testid="notice-confirm">
                {busy ? t('rectification.notice.busy') : t('rectification.notice.confirm')}
              </button>
              <button type="button" className="button" onClick={() => (setAsking(false), setPassphrase(''), setMissing(false))} disabled={busy}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="button" data-testid="notice-generate" onClick={() => setAsking(true)} disabled={busy}>
            {t('rectification.notice.generate')}
          </button>
        ))}
    </section>
  );
}
