import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A redraw must say why (R-SM-06); the earlier draw stays on record. */
export function RedrawForm({ onRedraw, onCancel }: { onRedraw(reason: string): Promise<boolean>; onCancel(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    if (await onRedraw(reason.trim())) onCancel();
  }

  return (
    <form className="redraw-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>{t('sampling.redrawReason')}</label>
      <textarea id={id} value={reason} maxLength={500} rows={2} onChange={(e) => setReason(e.target.value)} aria-invalid={missing} autoFocus />
      {missing && (
        <p role="alert" className="error">
          {t('sampling.redrawReasonRequired')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary">
          {t('sampling.confirmRedraw')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
