import { useTranslation } from 'react-i18next';
import type { PackImportOutcome } from './packImportStore';

/** What the import did, in the inspector's words: what the pack brought, “already imported”, or main's reason. */
export function PackImportResult({ outcome }: { outcome: PackImportOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'failed') {
    return (
      <p className="notice notice-error" data-testid="pack-result" data-status="failed">
        {t('fieldSync.pack.failed', { message: outcome.message })}
      </p>
    );
  }
  const { result } = outcome;
  return (
    <p className={`notice ${result.status === 'imported' ? 'notice-ok' : 'notice-info'}`} data-testid="pack-result" data-status={result.status}>
      {result.status === 'imported'
        ? t('fieldSync.pack.imported', {
            sequence: result.sequence,
            assignments: result.assignments,
            institutions: result.institutions,
            candidates: result.candidates,
            name: result.inspectorName,
          })
        : t('fieldSync.pack.alreadyImported', { sequence: result.sequence })}
    </p>
  );
}
