import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingHistoryInspection } from '../../../../shared/ipc/channels/rounds';
import { call, errorMessage } from '../../lib/call';

type HistoryPdf = FilingHistoryInspection['pdfs'][number];

/**
 * Opens a signed PDF of the history in the system reader: this store's report (reports:open, ref = the inspection)
 * or an imported file (sync:openFile, ref = the file). A PDF a pack carried has no open channel yet: its name only.
 */
export function HistoryPdfButton({ pdf, inspectionId }: { pdf: HistoryPdf; inspectionId: number | null }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const open = openerOf(pdf, inspectionId);
  if (!open) return <span className="mono small history-pdf">{pdf.name}</span>;

  async function onClick(opener: () => Promise<unknown>) {
    setError(null);
    try {
      await opener();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <span className="history-pdf">
      <button type="button" className="button-link mono small" onClick={() => void onClick(open)} title={t('history.openPdf')}>
        {pdf.name}
      </button>
      {error && (
        <span role="alert" className="error small">
          {error}
        </span>
      )}
    </span>
  );
}

function openerOf(pdf: HistoryPdf, inspectionId: number | null): (() => Promise<unknown>) | null {
  if (pdf.source === 'report') return () => call('reports:open', { file: pdf.name, inspectionId: inspectionId ?? pdf.ref });
  if (pdf.source === 'imported') return () => call('sync:openFile', { fileId: pdf.ref });
  return null;
}
