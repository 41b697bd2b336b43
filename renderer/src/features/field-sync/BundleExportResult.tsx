import { useTranslation } from 'react-i18next';
import type { BundleExportOutcome } from './bundleExportStore';

/**
 * What was written and where. No 打开文件: the bundle is encrypted for the office, so no program on the laptop can
 * show it; what the inspector needs is the place, to copy it to the USB stick.
 */
export function BundleExportResult({ outcome }: { outcome: BundleExportOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'failed') {
    return (
      <p className="notice notice-error" data-testid="bundle-result" data-status="failed">
        {t('fieldSync.bundle.failed', { message: outcome.message })}
      </p>
    );
  }
  return (
    <div className="notice notice-ok" data-testid="bundle-result" data-status="exported">
      <p>{t('fieldSync.bundle.exported', { sequence: outcome.sequence, count: outcome.inspections })}</p>
      <p>
        {t('fieldSync.bundle.savedAt')}
        <span className="mono file-name" data-testid="bundle-path">
          {outcome.path}
        </span>
      </p>
      <p>{t('fieldSync.bundle.handOver')}</p>
    </div>
  );
}
