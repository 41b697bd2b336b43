import type { Template } from '../../../../shared/domain/templates/types';
import { validateTemplate } from '../../../../shared/domain/templates/validate';

const cache = new WeakMap<Template, string[]>();

/** The template's own warnings (e.g. R-YQ-01: items add up to 92, the notice says 百分制), computed once per form version. */
export function templateWarnings(template: Template): string[] {
  let warnings = cache.get(template);
  if (!warnings) {
    warnings = validateTemplate(template).warnings.map((w) => w.message);
    cache.set(template, warnings);
  }
  return warnings;
}
