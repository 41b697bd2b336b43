import { useTranslation } from 'react-i18next';
import { useImportStore } from './importStore';

/** import:progress as a bar: the phase in words, the share of the file read when main knows it. */
export function ImportProgressBar() {
  const { t } = useTranslation();
  const progress = useImportStore((s) => s.progress);
  const phase = progress?.phase ?? 'reading';
  const percent = progress?.fraction == null ? null : Math.round(progress.fraction * 100);
  const label = t(`importer.phases.${phase}`);
  return (
    <div className="progress" data-testid="import-progress" data-phase={phase}>
      <progress
        max={100}
        value={percent ?? undefined}
        aria-label={t('importer.progressLabel')}
        aria-valuetext={percent === null ? label : `${label} ${percent}%`}
      />
      <span role="status" className="small">
        {label}
        {percent !== null && `\u3000${percent}%`}
        {progress && progress.rowsRead > 0 && phase !== 'done' && `\u3000${t('importer.rowsRead', { count: progress.rowsRead })}`}
      </span>
    </div>
  );
}
