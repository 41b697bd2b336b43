import type { Template } from '../../../../shared/domain/templates/types';
import { useInspectionStore } from './inspectionStore';

/** The form the open inspection is scored on, as main served it (templates:forInspection); null while loading. */
export function useTemplate(): Template | null {
  return useInspectionStore((s) => (s.inspection && s.template ? s.template : null));
}
