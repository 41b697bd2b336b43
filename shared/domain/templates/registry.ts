import { AppError } from '../../errors';
import shandongEnterprise2024 from '../../../forms/shandong-enterprise-2024.json';
import shanxiRenewal2023 from '../../../forms/shanxi-renewal-2023.json';
import type { Template } from './types';

// The built-in official forms: compiled from forms/*.xlsx by `npm run forms:build` (docs/form-format.md). A test
// checks each JSON against its XLSX, its validation and its pinned templateHash. Templates are immutable data: a
// changed form gets a new version.
const builtInTemplates: readonly Template[] = [shandongEnterprise2024 as unknown as Template, shanxiRenewal2023 as unknown as Template];

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
