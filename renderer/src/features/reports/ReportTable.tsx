import { useTranslation } from 'react-i18next';
import type { ReportFileEntry } from '../../../../shared/ipc/channels/report-files';
import type { SignatureStatus } from '../../../../shared/ipc/channels/reports';
import type { PanelMember } from '../../../../shared/store/records';
import { useReportsStore } from './reportsStore';

const SIGNATURE_TEXT: Record<SignatureStatus, string> = {
  valid: 'reports.signatureValid',
  'modified-after-signing': 'reports.signatureModified',
  invalid: 'reports.signatureInvalid',
};

const sameName = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** The report files with their signatures; the next panel member to sign is offered on sheets and appendices. */
export function ReportTable({
  files,
  panel,
  onSign,
}: {
  files: ReportFileEntry[];
  panel: PanelMember[];
  onSign(entry: ReportFileEntry, member: PanelMember): void;
}) {
  const { t, i18n } = useTranslation();
  const busy = useReportsStore((s) => s.busy);
  const open = useReportsStore((s) => s.open);
  const print = useReportsStore((s) => s.print);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <table className="data-table compact report-table">
      <caption className="visually-hidden">{t('reports.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.columns.file')}</th>
          <th scope="col">{t('reports.columns.time')}</th>
          <th scope="col">{t('reports.columns.signatures')}</th>
          <th scope="col">{t('reports.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((entry) => {
          const signable = entry.kind === 'sheet' || entry.kind === 'appendix' || entry.kind === 'recheck';
          const next = signable ? panel.find((m) => !entry.signatures.some((s) => s.valid && sameName(s.signer, m.name))) : undefined;
          return (
            <tr key={`${entry.inspectionId ?? 0}/${entry.file}`} data-testid={`report-${entry.file}`}>
              <th scope="row">
                <span className="report-kind">{t(`reports.kinds.${entry.kind}`)}</span>
                <span className="mono small muted file-name">{entry.file}</span>
              </th>
              <td className="nowrap">{time.format(new Date(entry.modifiedAt))}</td>
              <td>
                {entry.signatures.length === 0 ? (
                  <span className="muted">{signable ? t('reports.unsigned') : '—'}</span>
                ) : (
                  <ul className="plain-list signature-list">
                    {entry.signatures.map((s, i) => (
                      <li key={i} className={s.valid ? 'ok-text' : 'error'} data-status={s.status}>
                        {s.valid ? '✓ ' : '✗ '}
                        {t(SIGNATURE_TEXT[s.status], { signer: s.signer })}
                      </li>
                    ))}
                  </ul>
                )}
                {!entry.valid && <p className="error small">{t('reports.fileInvalid')}</p>}
              </td>
              <td>
                <div className="row-actions">
                  {next && (
                    <button type="button" className="button small primary" disabled={busy !== null} onClick={() => onSign(entry, next)}>
                      {t('reports.signAs', { name: next.name })}
                    </button>
                  )}
                  {signable && !next && panel.length > 0 && <span className="badge badge-ok">{t('reports.allSigned')}</span>}
                  <button
                    type="button"
                    className="button small"
                    disabled={busy !== null}
                    onClick={() => void open(entry)}
                    aria-label={t('reports.openLabel', { file: entry.file })}
                  >
                    {t('reports.open')}
                  </button>
                  <button
                    type="button"
                    className="button small"
                    disabled={busy !== null}
                    onClick={() => void print(entry)}
                    aria-label={t('reports.printLabel', { file: entry.file })}
                  >
                    {busy === `print:${entry.file}` ? t('reports.printing') : t('reports.print')}
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
