import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from './bundleImportStore';
import { useReviewStore } from './reviewStore';

/**
 * Main names a conflict by its key (filing:template); the clerk knows it by institution and filing number, from the
 * conflicts list (every conflict) or else the review page shown.
 */
function useConflictName(): (key: string) => string {
  const { t } = useTranslation();
  const conflicts = useReviewStore((s) => s.conflicts);
  const items = useReviewStore((s) => s.items);
  return (key) => {
    const named = conflicts.find((c) => c.conflictKey === key) ?? items.find((i) => i.conflictKey === key);
    return named ? t('office.review.nameWithFiling', { name: named.institutionName, filingNo: named.filingNo }) : key;
  };
}

/** What the import did, in the clerk's words: imported, already imported, older or replayed, or why it failed. */
export function ImportReport({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  const conflictName = useConflictName();
  switch (outcome.kind) {
    case 'failed':
      return <p className="notice notice-warn error">{t('office.import.failed', { message: outcome.message })}</p>;
    case 'verified':
      return (
        <p className="notice notice-info">
          {t('office.import.verified', { device: outcome.deviceKey, sequence: outcome.sequence, signer: outcome.signer, count: outcome.inspections })}
        </p>
      );
    case 'import': {
      const { report } = outcome;
      const text =
        report.status === 'imported'
          ? t('office.import.imported', { added: report.added, unchanged: report.unchanged })
          : t(`office.import.${report.status}`);
      return (
        <div
          className={`notice ${report.status === 'imported' ? 'notice-info' : 'notice-warn'}`}
          data-testid="import-report"
          data-status={report.status}
        >
          <p>{text}</p>
          {report.conflicts.length > 0 && (
            <>
              <p>{t('office.import.conflicts')}</p>
              <ul>
                {report.conflicts.map((conflict) => (
                  <li key={conflict}>{conflictName(conflict)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      );
    }
  }
}
