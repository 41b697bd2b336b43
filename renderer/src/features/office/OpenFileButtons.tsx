import { useTranslation } from 'react-i18next';
import type { SyncReviewItem } from '../../../../shared/ipc/channels/sync';
import { useOpenedFileStore } from './openedFileStore';
import { pdfKindOf } from './pdfKind';

/** One button per signed PDF that travelled with the inspection. */
export function OpenFileButtons({ files }: { files: SyncReviewItem['files'] }) {
  const { t } = useTranslation();
  const open = useOpenedFileStore((s) => s.open);
  const busy = useOpenedFileStore((s) => s.busy);
  const pdfs = files.filter((f) => f.kind === 'pdf');
  if (pdfs.length === 0) return <span className="muted">{t('office.review.noFiles')}</span>;
  return (
    <ul className="plain-list">
      {pdfs.map((file) => (
        <li key={file.id}>
          <button
            type="button"
            className="button-link file-link"
            onClick={() => void open({ fileId: file.id })}
            disabled={busy}
            title={t('office.review.openFileLabel', { name: file.name })}
          >
            {t('office.review.openPdf', { kind: t(`office.review.pdfKinds.${pdfKindOf(file.name)}`) })}
          </button>
        </li>
      ))}
    </ul>
  );
}
