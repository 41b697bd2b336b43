import type { Database } from 'better-sqlite3';
import {
  findFormTemplateByVersion,
  getFormTemplate,
  insertFormTemplate,
  listFormTemplates,
  type FormTemplateRecord,
} from '../../../db/repositories/form-templates';
import { canonicalTemplateJson, listTemplates, templateHash, type Template } from '../../../shared/domain/templates';

/**
 * The form versions a store holds, for packs and bundles: the rows of form_templates, plus the versions built into
 * the app (which the template store registers at open; they are looked up here too so sync never depends on that).
 */
export interface FormVersion {
  hash: string;
  template: Template;
}

const builtins = (): FormVersion[] => listTemplates().map((template) => ({ hash: templateHash(template), template }));

const fromRecord = (record: FormTemplateRecord): FormVersion => ({ hash: record.hash, template: JSON.parse(record.canonicalJson) as Template });

export function formVersionByHash(db: Database, hash: string): FormVersion | null {
  const stored = getFormTemplate(db, hash);
  if (stored) return fromRecord(stored);
  return builtins().find((b) => b.hash === hash) ?? null;
}

/** Whatever this store holds under an id + version (a stored row first, else a built-in). */
export function formVersionById(db: Database, templateId: string, templateVersion: string): FormVersion | null {
  const stored = findFormTemplateByVersion(db, templateId, templateVersion);
  if (stored) return fromRecord(stored);
  return builtins().find((b) => b.template.id === templateId && b.template.version === templateVersion) ?? null;
}

/** The version an office hands out for a form named by id: the one added last, else the built-in one. */
export function currentFormVersion(db: Database, templateId: string): FormVersion | null {
  const stored = listFormTemplates(db).filter((r) => r.templateId === templateId);
  const newest = stored.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0)).at(-1);
  if (newest) return fromRecord(newest);
  return builtins().find((b) => b.template.id === templateId) ?? null;
}

/** Every version the store can hand out: stored rows and the built-ins not stored yet. */
export function allFormVersions(db: Database): (FormVersion & { origin: FormTemplateRecord['origin'] })[] {
  const stored = listFormTemplates(db).map((r) => ({ ...fromRecord(r), origin: r.origin }));
  const held = new Set(stored.map((s) => s.hash));
  return [
    ...stored,
    ...builtins()
      .filter((b) => !held.has(b.hash))
      .map((b) => ({ ...b, origin: 'builtin' as const })),
  ];
}

/**
 * Makes sure form_templates holds the version (inspection pins reference it). A built-in is stored as 'builtin',
 * anything else with the origin given.
 */
export function storeFormVersion(db: Database, version: FormVersion, origin: FormTemplateRecord['origin'], at: string): FormTemplateRecord {
  const isBuiltin = builtins().some((b) => b.hash === version.hash);
  return insertFormTemplate(db, {
    hash: version.hash,
    templateId: version.template.id,
    templateVersion: version.template.version,
    title: version.template.title,
    canonicalJson: canonicalTemplateJson(version.template),
    origin: isBuiltin ? 'builtin' : origin,
    addedAt: at,
  });
}
