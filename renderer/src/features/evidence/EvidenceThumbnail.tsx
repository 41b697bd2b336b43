import { useTranslation } from 'react-i18next';
import type { EvidenceRecord, FindingRecord } from '../../../../shared/store/records';
import { useEvidenceImage } from './useEvidenceImage';

export function EvidenceThumbnail({ evidence, finding }: { evidence: EvidenceRecord; finding: FindingRecord | undefined }) {
  const { t } = useTranslation();
  const image = useEvidenceImage(evidence.inspectionId, evidence.id);
  const where = evidence.itemId ? t('evidence.forItem', { item: evidence.itemId }) : t('evidence.general');
  return (
    <figure className="thumbnail" data-testid="evidence-thumbnail">
      {evidence.mime.startsWith('image/') && image ? (
        <img src={image.dataUrl} alt={t('evidence.alt', { where })} />
      ) : (
        <div className="thumbnail-file">{evidence.mime === 'application/pdf' ? 'PDF' : '…'}</div>
      )}
      <figcaption>
        <strong>{where}</strong>
        {finding && <span className="small">{finding.description}</span>}
        <span className="mono small" title={evidence.sha256}>
          SHA-256 {evidence.sha256.slice(0, 16)}…
        </span>
        <span className="muted small">{t('evidence.size', { kb: Math.max(1, Math.round(evidence.sizeBytes / 1024)) })}</span>
        {image && !image.intact && <span className="error small">{t('evidence.tampered')}</span>}
      </figcaption>
    </figure>
  );
}
