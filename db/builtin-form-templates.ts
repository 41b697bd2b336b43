import { isPostgres, type Database } from './engine';
import { canonicalTemplateJson, templateHash } from '../shared/domain/templates/hash';
import { listTemplates } from '../shared/domain/templates/registry';
import type { Template } from '../shared/domain/templates/types';
import { findFormTemplateByVersion, insertFormTemplate } from './repositories/form-templates';
import { pinInspectionTemplate, unpinnedInspections } from './repositories/inspection-template-pins';
import { inTransaction, statement } from './sql';

interface BuiltinVersion {
  template: Template;
  hash: string;
  canonicalJson: string;
}

// The built-in forms never change while the app runs: their canonical JSON and hash are taken once.
let builtinVersions: BuiltinVersion[] | null = null;

export function builtinFormVersions(): readonly BuiltinVersion[] {
  builtinVersions ??= listTemplates().map((template) => ({ template, hash: templateHash(template), canonicalJson: canonicalTemplateJson(template) }));
  return builtinVersions;
}

// PostgreSQL has no sqlite_master; its catalogue answers the same question for the store's schema.
function hasFormTemplateTables(db: Database): boolean {
  const catalogue = isPostgres(db)
    ? "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('form_templates', 'inspection_template_pins')"
    : "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('form_templates', 'inspection_template_pins')";
  const row = statement<{ n: number }>(db, catalogue).get();
  return row?.n === 2;
}

/**
 * Puts the built-in form versions into the store and pins every inspection written before migration 0012 by its
 * template id + version. Run at every writable open (db/open.ts), never from a read: it writes only what is missing,
 * so opening a database that has them all changes nothing. A built-in whose id + version the store already holds
 * with other content is left out (the stored version wins; the inspections pinned to it stay as they were).
 */
export function registerBuiltinFormTemplates(db: Database, at = new Date().toISOString()): { added: number; pinned: number } {
  if (!hasFormTemplateTables(db)) return { added: 0, pinned: 0 };
  const missing = builtinFormVersions().filter((v) => findFormTemplateByVersion(db, v.template.id, v.template.version) === null);
  const unpinned = unpinnedInspections(db);
  if (missing.length === 0 && unpinned.length === 0) return { added: 0, pinned: 0 };
  return inTransaction(db, () => {
    for (const version of missing) {
      insertFormTemplate(db, {
        hash: version.hash,
        templateId: version.template.id,
        templateVersion: version.template.version,
        title: version.template.title,
        canonicalJson: version.canonicalJson,
        origin: 'builtin',
        addedAt: at,
      });
    }
    let pinned = 0;
    for (const inspection of unpinned) {
      const stored = findFormTemplateByVersion(db, inspection.templateId, inspection.templateVersion);
      if (!stored) continue; // a form this app never knew: scoring it reports TEMPLATE_NOT_FOUND, as before
      pinInspectionTemplate(db, inspection.id, stored.hash);
      pinned += 1;
    }
    return { added: missing.length, pinned };
  });
}
