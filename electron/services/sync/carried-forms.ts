import type { Database } from '../../../db/engine';
import { canonicalTemplateJson, templateHash, validateTemplate, type Template } from '../../../shared/domain/templates';
import { syncError, type SyncErrorCode } from './format/sync-error';
import { findTemplateVersion, type TemplateVersion } from '../templates/template-store';

/** A form as a package carries it: the version's hash under the sender's signature, and its content. */
export interface CarriedForm {
  hash: string;
  template: unknown;
}

/** What a package's records say they were scored (or are to be scored) with. */
export interface FormReference {
  templateId: string;
  templateVersion: string;
  templateHash: string;
}

/**
 * Checks the forms a pack or bundle carries before anything is stored: each carried form's content must hash to
 * the hash listed for it (a byte changed after signing, or a form swapped, shows here), be a valid form, not clash
 * with another content held here under the same id + version, and every reference must name a carried or held
 * version of the form it says. Returns the carried versions to store.
 */
export function checkCarriedForms(
  db: Database,
  code: SyncErrorCode,
  carried: readonly CarriedForm[],
  references: readonly FormReference[],
): TemplateVersion[] {
  const versions = new Map<string, TemplateVersion>();
  for (const form of carried) {
    // The hash is taken over the form exactly as carried (templateHash canonicalises it), before zod fills defaults.
    if (templateHash(form.template as Template) !== form.hash) throw syncError(code, { reason: 'SYNC_REASON_FORM_HASH_MISMATCH', hash: form.hash });
    const validation = validateTemplate(form.template);
    if (!validation.template || validation.errors.length > 0)
      throw syncError(code, { reason: 'SYNC_REASON_FORM_INVALID', hash: form.hash, detail: validation.errors[0]?.message ?? '' });
    const template = form.template as Template;
    const held = findTemplateVersion(db, template.id, template.version);
    if (held && held.hash !== form.hash)
      throw syncError(code, { reason: 'SYNC_REASON_FORM_VERSION_TAKEN', templateId: template.id, templateVersion: template.version });
    versions.set(form.hash, { hash: form.hash, template: JSON.parse(canonicalTemplateJson(template)) as Template });
  }
  for (const reference of references) {
    const version = versions.get(reference.templateHash) ?? heldByHash(db, reference);
    if (!version) throw syncError(code, { reason: 'SYNC_REASON_FORM_MISSING', hash: reference.templateHash });
    if (version.template.id !== reference.templateId || version.template.version !== reference.templateVersion)
      throw syncError(code, {
        reason: 'SYNC_REASON_FORM_NOT_ASSIGNED',
        templateId: reference.templateId,
        templateVersion: reference.templateVersion,
        hash: reference.templateHash,
      });
  }
  return [...versions.values()];
}

function heldByHash(db: Database, reference: FormReference): TemplateVersion | null {
  const held = findTemplateVersion(db, reference.templateId, reference.templateVersion);
  return held?.hash === reference.templateHash ? held : null;
}
