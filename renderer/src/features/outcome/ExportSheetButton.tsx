import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../lib/call';

/** 导出评分表 PDF: main writes it into the data folder's reports; the window only names the file. */
export function ExportSheetButton({ inspectionId }: { inspectionId: number }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ busy: boolean; file?: string; error?: string }>({ busy: false });
  async function exportSheet() {
    setState({ busy: true });
    try {
      const report = await call('reports:generate', { kind: 'sheet', inspectionId });
      setState({ busy: false, file: report.file });
    } catch (error) {
      setState({ busy: false, error: errorMessage(error) });
    }
  }
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={() => void exportSheet()} disabled={state.busy}>
        {state.busy ? t('outcome.exporting') : t('outcome.exportPdf')}
      </button>
      <span role="status" className="small">
        {state.file && t('outcome.exported', { file: state.file })}
        {state.error && <span className="error">{t('errors.generic', { message: state.error })}</span>}
      </span>
    </div>
  );
}
