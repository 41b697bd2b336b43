import { useInspectionStore } from './inspectionStore';

/** Only a draft can change; a signed or locked inspection is corrected through a new revision. */
export function useReadOnly(): boolean {
  return useInspectionStore((s) => s.inspection?.status !== 'draft');
}
