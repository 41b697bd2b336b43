import { useTranslation } from 'react-i18next';
import type { SignatureSummary } from '../../../../shared/ipc/channels/inspections';
import { useSignatureImage } from './useSignatureImage';

export function SignedBy({ signature }: { signature: SignatureSummary }) {
  const { t } = useTranslation();
  const image = useSignatureImage(signature.inspectionId, signature.id);
  return (
    <div className="signed">
      {image && <img src={image} alt={t('signatures.imageOf', { name: signature.signerName })} className="signature-image" />}
      <p className="muted small">
        {t('signatures.signedAt', { name: signature.signerName, at: new Date(signature.signedAt).toLocaleString('zh-CN', { hour12: false }) })}
      </p>
    </div>
  );
}
