import { getTemplate, type Template } from '../../../../shared/domain/templates';
import { useInspectionStore } from './inspectionStore';

export function useTemplate(): Template | null {
  const templateId = useInspectionStore((s) => s.inspection?.templateId ?? null);
  return templateId ? getTemplate(templateId) : null;
}
