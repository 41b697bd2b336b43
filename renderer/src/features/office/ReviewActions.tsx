import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncReviewItem } from '../../../../shared/ipc/channels/sync';
import { useReviewStore } from './reviewStore';

/** 通过 at once; 退回 opens a required comment first (main refuses a return without one as well). */
export function ReviewActions({ item }: { item: SyncReviewItem }) {
  const { t } = useTranslation();
  const decide = useReviewStore((s) => s.decide);
  const returnButton = useRef<HTMLButtonElement>(null);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const names = { name: item.institutionName, device: item.deviceKey };
  const problemId = `return-problem-${item.importedId}`;
  const refocus = useRef(false);

  // Back where the clerk was once the form is gone, so the keyboard does not lose its place in the table.
  useEffect(() => {
    if (returning || !refocus.current) return;
    refocus.current = false;
    returnButton.current?.focus();
  }, [returning]);

  async function accept() {
    setBusy(true);
    await decide(item.importedId, 'accepted');
    setBusy(false);
  }

  async function confirmReturn() {
    if (!comment.trim()) return setMissing(true);
    setBusy(true);
    const done = await decide(item.importedId, 'returned', comment.trim());
    setBusy(false);
    if (done) close();
  }

  function close() {
    setReturning(false);
    setComment('');
    setMissing(false);
    refocus.current = true;
  }

  if (returning) {
    return (
      <div className="return-form">
        <label className="field">
          {t('office.review.returnComment')}
          <textarea
            value={comment}
            onChange={(e) => (setComment(e.target.value), setMissing(false))}
            rows={3}
            autoFocus
            required
            aria-required="true"
            aria-invalid={missing || undefined}
            aria-describedby={missing ? problemId : undefined}
            onKeyDown={(e) => e.key === 'Escape' && close()}
          />
        </label>
        {missing && (
          <p id={problemId} role="alert" className="error small">
            {t('office.review.commentRequired')}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button small primary" onClick={() => void confirmReturn()} disabled={busy}>
            {t('office.review.confirmReturn')}
          </button>
          <button type="button" className="button small" onClick={close} disabled={busy}>
            {t('office.review.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button small"
        onClick={() => void accept()}
        disabled={busy || item.reviewStatus === 'accepted'}
        aria-label={t('office.review.acceptLabel', names)}
      >
        {t('office.review.accept')}
      </button>
      <button
        ref={returnButton}
        type="button"
        className="button small"
        onClick={() => setReturning(true)}
        disabled={busy}
        aria-label={t('office.review.returnLabel', names)}
      >
        {t('office.review.return')}
      </button>
    </div>
  );
}
