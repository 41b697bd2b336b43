import { useTranslation } from 'react-i18next';
import type { ExportState } from './useFileExport';

/** An export button with its outcome beside it: the file written (and 打开文件), or main's message. */
export function ExportButton({
  label,
  hint,
  state,
  doneText,
  onRun,
  onOpen,
  testId,
}: {
  label: string;
  /** What the export will hold, said beside the button. */
  hint?: string;
  state: ExportState;
  doneText: string;
  onRun(): void;
  onOpen(): void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="export-action" data-testid={testId}>
      <button type="button" className="button" onClick={onRun} disabled={state.busy}>
        {state.busy ? t('exports.busy') : label}
      </button>
      {hint && !state.done && <span className="muted small">{hint}</span>}
      <div role="status" className="export-status">
        {state.done && (
          <span className="notice-inline ok-text">
            {doneText}
            <button type="button" className="button small" onClick={onOpen}>
              {t('exports.open')}
            </button>
            {state.notOpened && <span className="muted small">{t('exports.noViewer')}</span>}
          </span>
        )}
        {state.error && <span className="error">{t('errors.generic', { message: state.error })}</span>}
      </div>
    </div>
  );
}
