import { useEffect, useState } from 'react';
import { call } from '../../lib/call';

/** The PNG of a stored signature, fetched once per signature. */
export function useSignatureImage(inspectionId: number, signatureId: number): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('signatures:image', { inspectionId, id: signatureId }).then(
      (image) => live && setDataUrl(image.dataUrl),
      () => live && setDataUrl(null),
    );
    return () => {
      live = false;
    };
  }, [inspectionId, signatureId]);
  return dataUrl;
}
