import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFileEntry } from '../../../../shared/ipc/channels/report-files';
import type { InspectionRecord, PanelMember } from '../../../../shared/store/records';
import { ReportNoticeText } from './ReportNoticeText';
import { ReportTable } from './ReportTable';
import { call } from '../../lib/call';
import { SignReportDialog } from './SignReportDialog';
import { useReportsStore, type GeneratedKind } from './reportsStore';

const NO_FILES: ReportFileEntry[] = [];

/** 评估报告: generate the sheet, the appendix or a blank form; panel members sign in turn; open and print. */
export function ReportsPanel({ inspection }: { inspection: InspectionRecord }) {
  const { t } = useTranslation();
  const files = useReportsStore((s) => (s.inspectionId === inspection.id ? s.files : NO_FILES));
  const busy = useReportsStore((s) => s.busy);
  const notice = useReportsStore((s) => s.notice);
  const error = useReportsStore((s) => s.error);
  const load = useReportsStore((s) => s.load);
  const generate = useReportsStore((s) => s.generate);
  const [signing, setSigning] = useState<{ entry: ReportFileEntry; member: PanelMember } | null>(null);
  // Which reports this inspection offers is main's answer (a follow-up adds its 整改复查记录), never decided here.
  const [offered, setOffered] = useState<GeneratedKind[]>(['sheet', 'appendix']);

  useEffect(() => {
    void load(inspection.id);
    let current = true;
    call('reports:kinds', { inspectionId: inspection.id })
      .then((kinds) => {
        if (current) setOffered(kinds);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [inspection.id, load]);
  const generated: GeneratedKind[] = [...offered, 'blank'];

  return (
    <section className="card reports" aria-labelledby="reports-heading" data-testid="reports">
      <h2 id="reports-heading">{t('reports.heading')}</h2>
      <p className="muted small">{t('reports.intro')}</p>
      <div className="form-actions">
        {generated.map((kind) => (
          <button
            key={kind}
            type="button"
            className={kind === offered[0] ? 'button primary' : 'button'}
            disabled={busy !== null}
            onClick={() => void generate(kind, inspection.id, inspection.templateId)}
          >
            {busy === `generate:${kind}` ? t('reports.generating') : t(`reports.generate.${kind}`)}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite" className="report-notice">
        {notice && <ReportNoticeText notice={notice} />}
      </div>
      {error && (
        <p role="alert" className="error">
          {t('errors.generic', { message: error })}
        </p>
      )}
      {files.length === 0 ? (
        <p className="muted">{t('reports.none')}</p>
      ) : (
        <ReportTable files={files} panel={inspection.panel} onSign={(entry, member) => setSigning({ entry, member })} />
      )}
      {signing && <SignReportDialog entry={signing.entry} member={signing.member} onClose={() => setSigning(null)} />}
    </section>
  );
}
