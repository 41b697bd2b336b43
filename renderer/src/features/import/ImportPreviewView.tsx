import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/import/preview';
import { errorLanguage } from '../../lib/call';
import { problemText, reasonText } from './problemText';

/** Shown rows: the first of the file, as read, problem rows marked in words and colour. */
const SHOWN_ROWS = 20;

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const rows = preview.rows.slice(0, SHOWN_ROWS);
  const language = errorLanguage();
  return (
    <div className="import-preview" data-testid="import-preview">
      <p className={preview.invalidRows > 0 ? 'notice notice-warn' : 'notice notice-ok'} data-testid="import-summary">
        {t('importer.summary', {
          file: preview.fileName,
          sheet: preview.sheetName ? t('importer.sheet', { name: preview.sheetName }) : '',
          header: preview.headerRow,
          total: preview.totalRows,
          valid: preview.validRows,
        })}
        {preview.invalidRows > 0 ? t('importer.summaryInvalid', { count: preview.invalidRows }) : t('importer.summaryAllValid')}
      </p>
      <dl className="facts">
        <dt>{t('importer.matched')}</dt>
        <dd>{preview.columns.map((c) => c.header).join('、') || '—'}</dd>
        <dt>{t('importer.ignored')}</dt>
        <dd>{preview.ignoredColumns.length > 0 ? preview.ignoredColumns.join('、') : t('importer.none')}</dd>
      </dl>

      <div className="table-scroll preview-scroll" tabIndex={0} role="region" aria-label={t('importer.rowsCaption', { count: rows.length })}>
        <table className="data-table compact preview-table">
          <caption>{t('importer.rowsCaption', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importer.rowNo')}</th>
              {preview.columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.header}
                </th>
              ))}
              <th scope="col">{t('importer.rowCheck')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} className={row.errors.length > 0 ? 'row-invalid' : undefined} data-invalid={row.errors.length > 0 || undefined}>
                <th scope="row" className="num">
                  {row.row}
                </th>
                {row.values.map((value, i) => (
                  <td key={i}>{value}</td>
                ))}
                <td className="row-check">
                  {row.errors.length > 0 ? (
                    <span className="error">{row.errors.map((problem) => problemText(problem, language)).join(language === 'en' ? '; ' : '；')}</span>
                  ) : (
                    <span className="ok-text">{t('importer.rowOk')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {preview.errorCount > 0 && (
        <section aria-labelledby="import-errors-heading" className="import-errors">
          <h3 id="import-errors-heading">{t('importer.errorsHeading', { count: preview.errorCount })}</h3>
          <ol className="error-list" data-testid="import-errors">
            {preview.errors.map((e, i) => (
              <li key={i}>{t('importer.errorLine', { row: e.row, column: e.column, reason: reasonText(e.reason, language) })}</li>
            ))}
          </ol>
          {preview.errorCount > preview.errors.length && (
            <p className="muted small">{t('importer.errorsCapped', { shown: preview.errors.length })}</p>
          )}
        </section>
      )}
    </div>
  );
}
