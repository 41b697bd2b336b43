import type { Database } from '../../../db/engine';
import { builtinFormVersions } from '../../../db/builtin-form-templates';
import {
  findFormTemplateByVersion,
  getFormTemplate,
  insertFormTemplate,
  listFormTemplates,
  type FormTemplateRecord,
} from '../../../db/repositories/form-templates';
import { pinnedTemplateHash } from '../../../db/repositories/inspection-template-pins';
import { requireInspection } from '../../../db/repositories/inspections';
import { inTransaction } from '../../../db/sql';
import { canonicalTemplateJson, templateHash, validateTemplate, type Template } from '../../../shared/domain/templates';
import { templateSchema } from '../../../shared/domain/templates/schema';
import { AppError } from '../../../shared/errors';
import type { TemplateSummary } from '../../../shared/ipc/channels/templates';

export type TemplateOrigin = FormTemplateRecord['origin'];

/** One form version: its hash and its content. */
export interface TemplateVersion {
  hash: string;
  template: Template;
}

// Parsing a form is not free and a version never changes: the parse is kept per hash, for the exact stored text.
const parsed = new Map<string, { canonicalJson: string; template: Template }>();

function parseStored(record: FormTemplateRecord): Template {
  const cached = parsed.get(record.hash);
  if (cached && cached.canonicalJson === record.canonicalJson) return cached.template;
  const hash = record.hash.slice(0, 12);
  let template: Template;
  try {
    template = templateSchema.parse(JSON.parse(record.canonicalJson));
  } catch (error) {
    throw new AppError('TEMPLATE_STORE_TAMPERED', {
      hash,
      reason: 'TEMPLATE_REASON_UNREADABLE',
      detail: error instanceof Error ? error.message.slice(0, 200) : String(error),
    });
  }
  const actual = templateHash(template);
  if (actual !== record.hash)
    throw new AppError('TEMPLATE_STORE_TAMPERED', { hash, reason: 'TEMPLATE_REASON_HASH_MISMATCH', actual: actual.slice(0, 12) });
  parsed.set(record.hash, { canonicalJson: record.canonicalJson, template });
  return template;
}

function knownIds(db: Database): string {
  return [...new Set(listFormTemplates(db).map((r) => r.templateId))].join('、');
}

/** A stored form version by its hash, checked against that hash: content that does not match is refused, never used. */
export function templateByHash(db: Database, hash: string): Template {
  const record = getFormTemplate(db, hash);
  if (!record) throw new AppError('TEMPLATE_HASH_UNKNOWN', { hash: hash.slice(0, 12) });
  return parseStored(record);
}

/** A stored form version by its hash, checked like templateByHash; null when this store does not hold it. */
export function findTemplateByHash(db: Database, hash: string): Template | null {
  const record = getFormTemplate(db, hash);
  return record ? parseStored(record) : null;
}

/** The stored version under a form's id + version (at most one: a published version never changes), checked. */
export function findTemplateVersion(db: Database, templateId: string, templateVersion: string): TemplateVersion | null {
  const record = findFormTemplateByVersion(db, templateId, templateVersion);
  return record ? { hash: record.hash, template: parseStored(record) } : null;
}

/** The ids of the forms this store holds, for a TEMPLATE_NOT_FOUND message. */
export function knownTemplateIds(db: Database): string {
  return knownIds(db);
}

/** Every stored version of every form, oldest first within a form; `current` marks the one added last. */
export function listStoredTemplates(db: Database): (TemplateSummary & { addedAt: string })[] {
  const records = listFormTemplates(db);
  const lastOfForm = new Map(records.map((r) => [r.templateId, r.hash]));
  return records.map((record) => {
    const template = parseStored(record);
    return {
      id: record.templateId,
      version: record.templateVersion,
      hash: record.hash,
      title: record.title,
      source: `${template.source.notice} ${template.source.attachment}`.trim(),
      origin: record.origin,
      current: lastOfForm.get(record.templateId) === record.hash,
      addedAt: record.addedAt,
    };
  });
}

/** The version of a form new inspections are scored with: the one the store added last. */
export function currentTemplateRecord(db: Database, templateId: string): FormTemplateRecord {
  const versions = listFormTemplates(db).filter((r) => r.templateId === templateId);
  const current = versions.at(-1);
  if (!current) throw new AppError('TEMPLATE_NOT_FOUND', { id: templateId, known: knownIds(db) });
  return current;
}

export function currentTemplate(db: Database, templateId: string): TemplateVersion {
  const record = currentTemplateRecord(db, templateId);
  return { hash: record.hash, template: parseStored(record) };
}

/**
 * The form version an inspection is scored with: its pin. An inspection without one (written before migration 0012
 * into a database not opened for writing since) is read with the stored, else built-in, version of its id + version;
 * reading never pins it (db/builtin-form-templates.ts does, at the next writable open).
 */
export function templateForInspection(db: Database, inspectionId: number): Template {
  const pin = pinnedTemplateHash(db, inspectionId);
  if (pin !== null) return templateByHash(db, pin);
  const inspection = requireInspection(db, inspectionId);
  const stored = findFormTemplateByVersion(db, inspection.templateId, inspection.templateVersion);
  if (stored) return parseStored(stored);
  const builtin = builtinFormVersions().find((v) => v.template.id === inspection.templateId && v.template.version === inspection.templateVersion);
  if (builtin) return builtin.template;
  throw new AppError('TEMPLATE_NOT_FOUND', { id: `${inspection.templateId} v${inspection.templateVersion}`, known: knownIds(db) });
}

export type ImportStatus = 'added' | 'alreadyPresent';

export interface ImportedTemplate {
  id: string;
  version: string;
  hash: string;
  status: ImportStatus;
}

/**
 * Adds a form version to the store. The same content again changes nothing; another content under a published
 * id + version is refused (a changed form is a new version), as is a form with validation errors. Nothing is
 * written on a refusal.
 */
export function importTemplate(
  db: Database,
  template: Template,
  origin: Exclude<TemplateOrigin, 'builtin'>,
  at = new Date().toISOString(),
): ImportedTemplate {
  const validation = validateTemplate(template);
  if (validation.errors.length > 0 || !validation.template) {
    throw new AppError(
      'TEMPLATE_REFUSED',
      {
        id: template.id,
        version: template.version,
        count: validation.errors.length,
        problems: validation.errors
          .slice(0, 5)
          .map((p) => p.message)
          .join('；'),
      },
      { problems: validation.errors },
    );
  }
  // The hash is taken over the parsed form, as templateByHash will re-take it.
  const form = validation.template;
  const hash = templateHash(form);
  const summary = { id: form.id, version: form.version, hash };
  return inTransaction(db, () => {
    const taken = findFormTemplateByVersion(db, form.id, form.version);
    if (taken) {
      if (taken.hash !== hash) throw new AppError('TEMPLATE_VERSION_TAKEN', { id: form.id, version: form.version });
      return { ...summary, status: 'alreadyPresent' as const };
    }
    if (getFormTemplate(db, hash)) return { ...summary, status: 'alreadyPresent' as const };
    insertFormTemplate(db, {
      hash,
      templateId: form.id,
      templateVersion: form.version,
      title: form.title,
      canonicalJson: canonicalTemplateJson(form),
      origin,
      addedAt: at,
    });
    return { ...summary, status: 'added' as const };
  });
}

/**
 * Stores a form version a pack or bundle carried, under the hash its sender signed: the hash is re-taken over the
 * parsed form first, so a version whose content does not match is refused and nothing is written. Held already,
 * it changes nothing; otherwise as importTemplate (another content under a held id + version is refused).
 */
export function storeReceivedTemplate(db: Database, version: { hash: string; template: unknown }, at = new Date().toISOString()): ImportedTemplate {
  const validation = validateTemplate(version.template);
  const actual = validation.template ? templateHash(validation.template) : null;
  if (actual !== version.hash)
    throw new AppError('TEMPLATE_RECEIVED_HASH_MISMATCH', { hash: version.hash.slice(0, 12), actual: (actual ?? '').slice(0, 12) });
  return importTemplate(db, version.template as Template, 'received', at);
}
