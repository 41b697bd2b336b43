import { useEffect, useState } from 'react';
import { exportableInspectionStatuses } from '../../../../shared/store/enums';
import { call } from '../../lib/call';

export interface ExportReadiness {
  /** Signed inspections (signed, locked or exported before): every one goes into each bundle. */
  signed: number;
  /** Drafts stay on the laptop until they are signed. */
  drafts: number;
}

/** How many inspections the next bundle will carry, said before the inspector exports; null while counting. */
export function useExportReadiness(refreshKey: unknown): ExportReadiness | null {
  const [readiness, setReadiness] = useState<ExportReadiness | null>(null);
  useEffect(() => {
    let current = true;
    call('inspections:list', {})
      .then((list) => {
        const signed = list.filter((i) => (exportableInspectionStatuses as readonly string[]).includes(i.status)).length;
        if (current) setReadiness({ signed, drafts: list.length - signed });
      })
      // Only a hint beside the button: when the list cannot be read, the export itself still says what it wrote.
      .catch(() => current && setReadiness(null));
    return () => {
      current = false;
    };
  }, [refreshKey]);
  return readiness;
}
