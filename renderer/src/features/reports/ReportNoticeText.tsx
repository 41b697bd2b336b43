import { useTranslation } from 'react-i18next';
import type { ReportNotice } from './reportsStore';

export function ReportNoticeText({ notice }: { notice: ReportNotice }) {
  const { t } = useTranslation();
  switch (notice.type) {
    case 'signed':
      return (
        <p className="notice notice-ok">
          {t('reports.signedNotice', {
            signer: notice.signer,
            issuer: t(`reports.issuer.${notice.issuer}`),
            valid: notice.valid,
            total: notice.total,
          })}
        </p>
      );
    case 'printViewer':
    case 'printNone':
    case 'notOpened':
      return <p className="notice notice-info">{t(`reports.notices.${notice.type}`, { file: notice.file })}</p>;
    default:
      return <p className="notice notice-ok">{t(`reports.notices.${notice.type}`, { file: notice.file })}</p>;
  }
}
