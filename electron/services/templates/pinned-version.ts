import type { Database } from '../../../db/engine';
import { getFormTemplate, type FormTemplateRecord } from '../../../db/repositories/form-templates';
import { AppError } from '../../../shared/errors';

/** The stored version a new inspection asked for by hash, which must be a version of the form it names. */
export function pinnedVersion(db: Database, templateId: string, hash: string): FormTemplateRecord {
  const record = getFormTemplate(db, hash);
  if (!record) throw new AppError('TEMPLATE_HASH_UNKNOWN', { hash: hash.slice(0, 12) });
  if (record.templateId !== templateId) throw new AppError('TEMPLATE_PIN_MISMATCH', { hash: hash.slice(0, 12), id: templateId });
  return record;
}
