import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenedFileReport } from './OpenedFileReport';
import { useOpenedFileStore } from './openedFileStore';
import { useSummaryStore } from './summaryStore';
import { SummaryTable } from './SummaryTable';

/** 附件4 on screen, the filings left out and why, and export to Excel or the printed PDF. */
export function SummaryTab() {
  const { t } = useTranslation();
  const { summary, exporting, exported, error, load, exportAs } = useSummaryStore();
  const openFile = useOpenedFileStore((s) => s.open);

  useEffect(() => {
    void load();
  }, [load]);

  const empty = summary !== null && summary.years.length === 0;
  return (
    <section aria-labelledby="office-summary-heading">
      <div className="card-header">
        <h2 id="office-summary-heading">{t('office.summary.heading')}</h2>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void exportAs('xlsx')} disabled={exporting !== null || empty}>
            {exporting === 'xlsx' ? t('office.summary.exporting') : t('office.summary.exportXlsx')}
          </button>
          <button type="button" className="button" onClick={() => void exportAs('pdf')} disabled={exporting !== null || empty}>
            {exporting === 'pdf' ? t('office.summary.exporting') : t('office.summary.exportPdf')}
          </button>
        </div>
      </div>
      <p className="lead-text">{t('office.summary.intro')}</p>
      <div role="status" aria-live="polite" data-testid="summary-export">
        {exported && (
          <p className="notice notice-info">
            {t('office.summary.exported', { file: exported.file })}
            <button type="button" className="button small" onClick={() => void openFile({ exportFile: exported.file })}>
              {t('office.summary.open')}
            </button>
          </p>
        )}
        {error && <p className="notice notice-warn error">{t('errors.generic', { message: error })}</p>}
      </div>
      <OpenedFileReport />
      {empty ? <p className="empty-state">{t('office.summary.empty')}</p> : summary && <SummaryTable summary={summary} />}
      {summary && summary.excluded.length > 0 && (
        <section className="card" aria-labelledby="office-excluded-heading">
          <h3 id="office-excluded-heading">{t('office.summary.excluded')}</h3>
          <ul>
            {summary.excluded.map((e) => (
              <li key={`${e.filingNo}-${e.institutionName}`}>
                {t('office.summary.excludedRow', { name: e.institutionName, filingNo: e.filingNo, reason: e.reason })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
