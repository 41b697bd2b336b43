import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncReviewItem } from '../../../../shared/ipc/channels/sync';
import { navigate } from '../../app/router/routes';
import { call, errorMessage } from '../../lib/call';
import { useRectificationStore } from '../rectification/rectificationStore';
import { roundFieldsOf } from './reviewRound';

/** Whether an accepted assessment orders rectification and none has been opened for it yet. */
export function needsRectification(item: SyncReviewItem, openedFor: ReadonlySet<number>): boolean {
  const fields = roundFieldsOf(item);
  return (
    item.reviewStatus === 'accepted' && fields.purpose !== 'followUp' && fields.ordersRectification === true && !openedFor.has(item.inspectionId)
  );
}

/** 开具整改: opens the rectification main would have opened on accepting (main returns an existing one unchanged), then shows it. */
export function OpenRectificationButton({ item }: { item: SyncReviewItem }) {
  const { t } = useTranslation();
  const show = useRectificationStore((s) => s.show);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function open() {
    setBusy(true);
    setProblem(null);
    try {
      const opened = await call('rectifications:open', { inspectionId: item.inspectionId });
      await show(opened.uid);
      navigate({ name: 'office', tab: 'rectifications' });
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button small"
        onClick={() => void open()}
        disabled={busy}
        data-testid="rectification-open"
        aria-label={t('office.review.openRectificationLabel', { name: item.institutionName, device: item.deviceKey })}
      >
        {t('office.review.openRectification')}
      </button>
      {problem && (
        <p role="alert" className="error small">
          {t('errors.generic', { message: problem })}
        </p>
      )}
    </>
  );
}
