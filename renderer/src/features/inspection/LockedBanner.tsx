import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router/routes';
import { useInspectionStore } from './inspectionStore';

/** A locked inspection is kept as signed; a correction opens a new revision with a reason. */
export function LockedBanner() {
  const { t } = useTranslation();
  const inspection = useInspectionStore((s) => s.inspection);
  const revise = useInspectionStore((s) => s.revise);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!inspection || inspection.status === 'draft') return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return;
    const created = await revise(reason.trim());
    if (created) navigate({ name: 'inspection', id: created.id, step: 'scoring' });
  }

  return (
    <div className="notice notice-info locked-banner" role="note" data-testid="locked-banner">
      <span>{t('inspection.locked', { status: t(`inspection.status.${inspection.status}`), revision: inspection.revision })}</span>
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('inspection.revise')}
        </button>
      ) : (
        <form className="inline-form" onSubmit={(e) => void submit(e)}>
          <label htmlFor="revise-reason">{t('inspection.reviseReason')}</label>
          <input id="revise-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} autoFocus />
          <button type="submit" className="button primary" disabled={!reason.trim()}>
            {t('inspection.reviseConfirm')}
          </button>
        </form>
      )}
    </div>
  );
}
