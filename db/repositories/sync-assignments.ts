import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { statement } from '../sql';

/** One filing to assess with one template, given to one laptop. */
export interface AssignmentRecord {
  uid: string;
  deviceKey: string;
  filingId: number;
  templateId: string;
  templateVersion: string;
  /** The form version (form_templates.hash) the filing is to be scored with; null on rows written before 0012. */
  templateHash: string | null;
  createdAt: string;
}

interface AssignmentRow {
  uid: string;
  device_key: string;
  filing_id: number;
  template_id: string;
  template_version: string;
  template_hash: string | null;
  created_at: string;
}

const fromRow = (row: AssignmentRow): AssignmentRecord => ({
  uid: row.uid,
  deviceKey: row.device_key,
  filingId: row.filing_id,
  templateId: row.template_id,
  templateVersion: row.template_version,
  templateHash: row.template_hash,
  createdAt: row.created_at,
});

/**
 * Office: the assignment for (device, filing, template), created once. A row written before migration 0012 gets
 * the version given now; a row that already names a version keeps it (the laptop may have started scoring with it).
 */
export function ensureAssignment(db: Database, input: Omit<AssignmentRecord, 'uid'>): AssignmentRecord {
  statement(
    db,
    `INSERT INTO sync_assignments (uid, device_key, filing_id, template_id, template_version, template_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (device_key, filing_id, template_id) DO UPDATE SET template_hash = excluded.template_hash, template_version = excluded.template_version
     WHERE sync_assignments.template_hash IS NULL`,
  ).run(
    randomBytes(16).toString('hex'),
    input.deviceKey,
    input.filingId,
    input.templateId,
    input.templateVersion,
    input.templateHash,
    input.createdAt,
  );
  const row = statement<AssignmentRow>(db, 'SELECT * FROM sync_assignments WHERE device_key = ? AND filing_id = ? AND template_id = ?').get(
    input.deviceKey,
    input.filingId,
    input.templateId,
  );
  if (!row) throw new Error('assignment vanished after insert');
  return fromRow(row);
}

/** Field: the pack's assignments replace what an earlier pack said (same uid → updated). */
export function upsertAssignment(db: Database, record: AssignmentRecord): void {
  statement(
    db,
    `INSERT INTO sync_assignments (uid, device_key, filing_id, template_id, template_version, template_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (uid) DO UPDATE SET filing_id = excluded.filing_id, template_id = excluded.template_id, template_version = excluded.template_version,
       template_hash = excluded.template_hash`,
  ).run(record.uid, record.deviceKey, record.filingId, record.templateId, record.templateVersion, record.templateHash, record.createdAt);
}

export function listAssignments(db: Database, deviceKey?: string): AssignmentRecord[] {
  const rows =
    deviceKey === undefined
      ? statement<AssignmentRow>(db, 'SELECT * FROM sync_assignments ORDER BY filing_id, template_id').all()
      : statement<AssignmentRow>(db, 'SELECT * FROM sync_assignments WHERE device_key = ? ORDER BY filing_id, template_id').all(deviceKey);
  return rows.map(fromRow);
}

/** Field: the assignment a new inspection of (filing, form) fulfils, if the office gave one. */
export function findAssignment(db: Database, filingId: number, templateId: string): AssignmentRecord | null {
  const row = statement<AssignmentRow>(db, 'SELECT * FROM sync_assignments WHERE filing_id = ? AND template_id = ? ORDER BY created_at LIMIT 1').get(
    filingId,
    templateId,
  );
  return row ? fromRow(row) : null;
}
