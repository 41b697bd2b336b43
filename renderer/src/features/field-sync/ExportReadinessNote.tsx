import { useTranslation } from 'react-i18next';
import type { ExportReadiness } from './useExportReadiness';

/** Before 导出: how many signed inspections the bundle will carry, and which drafts stay behind. */
export function ExportReadinessNote({ readiness }: { readiness: ExportReadiness | null }) {
  const { t } = useTranslation();
  if (!readiness) return null;
  return (
    <div className={readiness.signed === 0 ? 'notice notice-warn' : 'readiness'} data-testid="export-readiness">
      <p>{readiness.signed === 0 ? t('fieldSync.bundle.noneReady') : t('fieldSync.bundle.ready', { count: readiness.signed })}</p>
      {readiness.drafts > 0 && <p>{t('fieldSync.bundle.drafts', { count: readiness.drafts })}</p>}
    </div>
  );
}
