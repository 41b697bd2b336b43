import { validateTemplate, type Template } from '../../../../shared/domain/templates';

const cache = new Map<string, string[]>();

/** The template's own warnings (e.g. R-YQ-01: items add up to 92, the notice says 百分制), computed once. */
export function templateWarnings(template: Template): string[] {
  let warnings = cache.get(template.id);
  if (!warnings) {
    warnings = validateTemplate(template).warnings.map((w) => w.message);
    cache.set(template.id, warnings);
  }
  return warnings;
}
