import type { Database } from '../../../../db/engine';
import { findAssignment } from '../../../../db/repositories/sync-assignments';
import { findTemplateByHash, type TemplateVersion } from '../../templates/template-store';
import { getRole } from '../role';

/**
 * The form version the office assigned for this filing and form (stored when the pack was loaded), or null where
 * no pack named one (a stand-alone install, or an assignment from before form versions had hashes).
 */
export function assignedFormVersion(db: Database, filingId: number, templateId: string): TemplateVersion | null {
  // The office's own assignment rows are what it sent out, not work for this database.
  if (getRole(db) !== 'field') return null;
  const hash = findAssignment(db, filingId, templateId)?.templateHash;
  const template = hash ? findTemplateByHash(db, hash) : null;
  return hash && template ? { hash, template } : null;
}
