import { AppError } from '../../errors';
import { shandongEnterprise2024 } from './shandong-enterprise-2024';
import { shanxiRenewal2023 } from './shanxi-renewal-2023';
import type { Template } from './types';

// The built-in official forms. Templates are immutable data: a changed form gets a new version.
const builtInTemplates: readonly Template[] = [shandongEnterprise2024, shanxiRenewal2023];

export function listTemplates(): readonly Template[] {
  return builtInTemplates;
}

/** Throws AppError TEMPLATE_NOT_FOUND (Chinese message) for an unknown id. */
export function getTemplate(id: string): Template {
  const template = builtInTemplates.find((t) => t.id === id);
  if (!template) {
    const known = builtInTemplates.map((t) => t.id).join('、');
    throw new AppError('TEMPLATE_NOT_FOUND', { id, known });
  }
  return template;
}
