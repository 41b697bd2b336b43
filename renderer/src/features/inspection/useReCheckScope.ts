import { useMemo } from 'react';
import { useInspectionStore } from './inspectionStore';
import { reCheckScope, type ReCheckScope } from './reCheckScope';

/** The open inspection's re-check scope (null: every answer may change, subject to useReadOnly). */
export function useReCheckScope(): ReCheckScope | null {
  const followUp = useInspectionStore((s) => s.followUp);
  return useMemo(() => reCheckScope(followUp), [followUp]);
}
