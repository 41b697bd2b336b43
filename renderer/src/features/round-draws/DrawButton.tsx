import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback } from '../forms/FormFeedback';
import { useRoundDrawsStore } from './roundDrawsStore';

/** 抽取: asks first, in a modal, because a round is drawn once and its result is fixed. */
export function DrawButton() {
  const { t } = useTranslation();
  const { busy, draw } = useRoundDrawsStore();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function confirmDraw() {
    setConfirming(false);
    setProblem(null);
    const failure = await draw();
    if (failure) setProblem(t('errors.generic', { message: failure }));
  }

  return (
    <section className="card" aria-labelledby="round-draw-heading">
      <h2 id="round-draw-heading">{t('roundDraws.draw.heading')}</h2>
      <p className="lead-text">{t('roundDraws.draw.intro')}</p>
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => setConfirming(true)} disabled={busy} data-testid="round-draw">
          {busy ? t('roundDraws.draw.busy') : t('roundDraws.draw.submit')}
        </button>
      </div>
      <FormFeedback problem={problem}>{null}</FormFeedback>
      {confirming && <ConfirmDrawDialog onConfirm={() => void confirmDraw()} onCancel={() => setConfirming(false)} />}
    </section>
  );
}

function ConfirmDrawDialog({ onConfirm, onCancel }: { onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // Modal: focus stays inside and Esc cancels; unmounting removes it (closing here would re-fire onCancel).
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={dialogRef} className="modal" aria-labelledby="round-draw-confirm-title" onClose={onCancel} data-testid="round-draw-dialog">
      <h2 id="round-draw-confirm-title">{t('roundDraws.draw.confirmTitle')}</h2>
      <p>{t('roundDraws.draw.confirmText')}</p>
      <div className="form-actions">
        <button type="button" className="button primary" onClick={onConfirm} data-testid="round-draw-confirm">
          {t('roundDraws.draw.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
