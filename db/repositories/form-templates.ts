import type { Database } from '../engine';
import { statement } from '../sql';

/** One form version as the store keeps it: immutable, never deleted (migration 0012). */
export interface FormTemplateRecord {
  /** SHA-256 of canonicalJson (shared/domain/templates/hash.ts). */
  hash: string;
  templateId: string;
  templateVersion: string;
  title: string;
  canonicalJson: string;
  origin: 'builtin' | 'imported' | 'received';
  addedAt: string;
}

interface FormTemplateRow {
  hash: string;
  template_id: string;
  template_version: string;
  title: string;
  canonical_json: string;
  origin: FormTemplateRecord['origin'];
  added_at: string;
}

const fromRow = (row: FormTemplateRow): FormTemplateRecord => ({
  hash: row.hash,
  templateId: row.template_id,
  templateVersion: row.template_version,
  title: row.title,
  canonicalJson: row.canonical_json,
  origin: row.origin,
  addedAt: row.added_at,
});

/**
 * Stores a version unless the same content is already there. Returns what the store now holds for that
 * id + version: the caller compares hashes (another content under a taken id + version is a new version to name).
 */
export function insertFormTemplate(db: Database, record: FormTemplateRecord): FormTemplateRecord {
  const taken = findFormTemplateByVersion(db, record.templateId, record.templateVersion);
  if (taken) return taken;
  statement(
    db,
    `INSERT INTO form_templates (hash, template_id, template_version, title, canonical_json, origin, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (hash) DO NOTHING`,
  ).run(record.hash, record.templateId, record.templateVersion, record.title, record.canonicalJson, record.origin, record.addedAt);
  return findFormTemplateByVersion(db, record.templateId, record.templateVersion) ?? record;
}

export function getFormTemplate(db: Database, hash: string): FormTemplateRecord | null {
  const row = statement<FormTemplateRow>(db, 'SELECT * FROM form_templates WHERE hash = ?').get(hash);
  return row ? fromRow(row) : null;
}

export function findFormTemplateByVersion(db: Database, templateId: string, templateVersion: string): FormTemplateRecord | null {
  const row = statement<FormTemplateRow>(db, 'SELECT * FROM form_templates WHERE template_id = ? AND template_version = ?').get(
    templateId,
    templateVersion,
  );
  return row ? fromRow(row) : null;
}

/** Every version, oldest first within a form. */
export function listFormTemplates(db: Database): FormTemplateRecord[] {
  return statement<FormTemplateRow>(db, 'SELECT * FROM form_templates ORDER BY template_id, added_at, template_version').all().map(fromRow);
}
