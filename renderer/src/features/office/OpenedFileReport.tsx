import { useTranslation } from 'react-i18next';
import { useOpenedFileStore } from './openedFileStore';

/** Where the opened file went and, for a PDF, whose signatures it carries (office-issued or the laptop's own). */
export function OpenedFileReport() {
  const { t } = useTranslation();
  const opened = useOpenedFileStore((s) => s.opened);
  const error = useOpenedFileStore((s) => s.error);
  const signatures = opened?.signatures.map((s) => {
    if (s.status === 'modified-after-signing') return t('office.opened.modified', { signer: s.signer });
    if (!s.valid) return t('office.opened.invalid', { signer: s.signer });
    return s.officeIssued ? t('office.opened.office', { signer: s.signer }) : t('office.opened.self', { signer: s.signer });
  });
  const fromBundle = useOpenedFileStore((s) => s.fromBundle);
  return (
    <div role="status" aria-live="polite" data-testid="opened-file">
      {error && <p className="notice notice-warn error">{t('errors.generic', { message: error })}</p>}
      {opened && (
        <p className={`notice ${opened.signatures.some((s) => !s.valid) ? 'notice-warn' : 'notice-info'}`}>
          <span>{opened.opened ? t('office.opened.viewer', { name: opened.name }) : t('office.opened.saved', { name: opened.name })}</span>
          {fromBundle && (
            <span data-testid="opened-signatures">
              {signatures && signatures.length > 0
                ? t('office.opened.signatures', { list: signatures.join(t('office.opened.listSeparator')) })
                : t('office.opened.none')}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
