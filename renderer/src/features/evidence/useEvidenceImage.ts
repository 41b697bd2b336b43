import { useEffect, useState } from 'react';
import { call } from '../../lib/call';

/** The stored file as a data URL and whether it still matches its SHA-256. */
export function useEvidenceImage(inspectionId: number, evidenceId: number): { dataUrl: string; intact: boolean } | null {
  const [image, setImage] = useState<{ dataUrl: string; intact: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    call('evidence:read', { inspectionId, id: evidenceId }).then(
      (value) => live && setImage(value),
      () => live && setImage(null),
    );
    return () => {
      live = false;
    };
  }, [inspectionId, evidenceId]);
  return image;
}
