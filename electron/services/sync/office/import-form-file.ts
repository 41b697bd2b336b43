import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { templateHash, validateTemplate, type Problem } from '../../../../shared/domain/templates';
import { AppError } from '../../../../shared/errors';
import type { FormFileProblem, TemplateImportResult } from '../../../../shared/ipc/channels/template-import';
import { formVersionById, storeFormVersion } from '../form-versions';

const MAX_FORM_BYTES = 5 * 1024 * 1024;

const located = (problem: Problem): FormFileProblem =>
  problem.path ? { message: problem.message, path: problem.path } : { message: problem.message };

/**
 * Stand-in for the template store's importTemplate (electron/services/templates, written on another branch): a
 * form file is taken as Template JSON only (the XLSX form reader is not in this tree), validated, and stored as a
 * new 'imported' version. Another content under an id + version already held is a problem, never an overwrite.
 */
export function importFormFile(db: Database, path: string, now: Date): TemplateImportResult {
  if (extname(path).toLowerCase() !== '.json') throw new AppError('FORM_FILE_JSON_ONLY', { path });
  let data: unknown;
  try {
    const bytes = readFileSync(path);
    if (bytes.length > MAX_FORM_BYTES) throw new Error('too large');
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('FORM_FILE_UNREADABLE', { detail: path });
  }
  const validation = validateTemplate(data);
  if (!validation.template || validation.errors.length > 0)
    return { ok: false, errors: validation.errors.map(located), warnings: validation.warnings.map(located) };
  const template = validation.template;
  const hash = templateHash(template);
  const held = formVersionById(db, template.id, template.version);
  if (held && held.hash !== hash) throw new AppError('FORM_VERSION_TAKEN', { id: template.id, version: template.version });
  const stored = storeFormVersion(db, { hash, template }, 'imported', now.toISOString());
  return {
    ok: true,
    hash,
    id: template.id,
    version: template.version,
    title: template.title,
    alreadyHeld: Boolean(held) || stored.addedAt !== now.toISOString(),
  };
}
