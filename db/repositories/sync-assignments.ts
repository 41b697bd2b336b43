import { randomBytes } from 'node:crypto';
import type { Database } from '../engine';
import type { PanelRole } from '../../shared/domain/double-random/types';
import type { FollowUpScope } from '../../shared/domain/rounds/types';
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
  /** The assessment round the filing is assessed in; null on rows written before migration 0013. */
  roundUid: string | null;
  /** A follow-up (整改复查): the rectification to re-check, and whether its listed findings or the whole form. */
  rectificationUid: string | null;
  scope: FollowUpScope | null;
  /** The panel drawn for the filing (双随机), leader first; null when the office drew none (or before migration 0014). */
  panel: AssignmentPanel | null;
}

/** Names and roles of a drawn panel, as the leader's laptop prefills them. */
export type AssignmentPanel = { name: string; role: PanelRole }[];

export type { FollowUpScope };

interface AssignmentRow {
  uid: string;
  device_key: string;
  filing_id: number;
  template_id: string;
  template_version: string;
  template_hash: string | null;
  created_at: string;
  round_uid: string | null;
  rectification_uid: string | null;
  scope: FollowUpScope | null;
  panel_json: string | null;
}

const fromRow = (row: AssignmentRow): AssignmentRecord => ({
  uid: row.uid,
  deviceKey: row.device_key,
  filingId: row.filing_id,
  templateId: row.template_id,
  templateVersion: row.template_version,
  templateHash: row.template_hash,
  createdAt: row.created_at,
  roundUid: row.round_uid,
  rectificationUid: row.rectification_uid,
  scope: row.scope,
  panel: row.panel_json === null ? null : (JSON.parse(row.panel_json) as AssignmentPanel),
});

const panelJson = (panel: AssignmentPanel | null | undefined): string | null => (panel ? JSON.stringify(panel) : null);

/**
 * Office: the assignment for (device, filing, template, round, rectification), created once. A row written before
 * migration 0012 gets the version given now; a row that already names a version keeps it (the laptop may have started
 * scoring with it). A panel given now replaces the stored one (the round's packs re-sent); none given keeps it.
 */
export function ensureAssignment(
  db: Database,
  input: Omit<AssignmentRecord, 'uid' | 'roundUid' | 'rectificationUid' | 'scope' | 'panel'> &
    Partial<Pick<AssignmentRecord, 'roundUid' | 'rectificationUid' | 'scope' | 'panel'>>,
): AssignmentRecord {
  const roundUid = input.roundUid ?? null;
  const rectificationUid = input.rectificationUid ?? null;
  // SET expressions read the row as it was, so both template columns test the old hash.
  statement(
    db,
    `INSERT INTO sync_assignments (uid, device_key, filing_id, template_id, template_version, template_hash, created_at, round_uid, rectification_uid, scope, panel_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (device_key, filing_id, template_id, ifnull(round_uid, ''), ifnull(rectification_uid, ''))
     DO UPDATE SET
       template_hash = CASE WHEN sync_assignments.template_hash IS NULL THEN excluded.template_hash ELSE sync_assignments.template_hash END,
       template_version = CASE WHEN sync_assignments.template_hash IS NULL THEN excluded.template_version ELSE sync_assignments.template_version END,
       panel_json = coalesce(excluded.panel_json, sync_assignments.panel_json)`,
  ).run(
    randomBytes(16).toString('hex'),
    input.deviceKey,
    input.filingId,
    input.templateId,
    input.templateVersion,
    input.templateHash,
    input.createdAt,
    roundUid,
    rectificationUid,
    input.scope ?? null,
    panelJson(input.panel),
  );
  const row = statement<AssignmentRow>(
    db,
    `SELECT * FROM sync_assignments WHERE device_key = ? AND filing_id = ? AND template_id = ?
       AND ifnull(round_uid, '') = ? AND ifnull(rectification_uid, '') = ?`,
  ).get(input.deviceKey, input.filingId, input.templateId, roundUid ?? '', rectificationUid ?? '');
  if (!row) throw new Error('assignment vanished after insert');
  return fromRow(row);
}

/** Field: the pack's assignments replace what an earlier pack said (same uid → updated, its panel too). */
export function upsertAssignment(db: Database, record: AssignmentRecord): void {
  statement(
    db,
    `INSERT INTO sync_assignments (uid, device_key, filing_id, template_id, template_version, template_hash, created_at, round_uid, rectification_uid, scope, panel_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (uid) DO UPDATE SET filing_id = excluded.filing_id, template_id = excluded.template_id, template_version = excluded.template_version,
       template_hash = excluded.template_hash, round_uid = excluded.round_uid, rectification_uid = excluded.rectification_uid, scope = excluded.scope,
       panel_json = excluded.panel_json`,
  ).run(
    record.uid,
    record.deviceKey,
    record.filingId,
    record.templateId,
    record.templateVersion,
    record.templateHash,
    record.createdAt,
    record.roundUid,
    record.rectificationUid,
    record.scope,
    panelJson(record.panel),
  );
}

export function listAssignments(db: Database, deviceKey?: string): AssignmentRecord[] {
  const rows =
    deviceKey === undefined
      ? statement<AssignmentRow>(db, 'SELECT * FROM sync_assignments ORDER BY filing_id, template_id').all()
      : statement<AssignmentRow>(db, 'SELECT * FROM sync_assignments WHERE device_key = ? ORDER BY filing_id, template_id').all(deviceKey);
  return rows.map(fromRow);
}

/**
 * Field: the assignment a new assessment of (filing, form) fulfils, if the office gave one (the newest round's;
 * follow-up assignments are found by their uid, not here).
 */
export function findAssignment(db: Database, filingId: number, templateId: string): AssignmentRecord | null {
  const row = statement<AssignmentRow>(
    db,
    'SELECT * FROM sync_assignments WHERE filing_id = ? AND template_id = ? AND rectification_uid IS NULL ORDER BY created_at DESC, uid LIMIT 1',
  ).get(filingId, templateId);
  return row ? fromRow(row) : null;
}

export function getAssignment(db: Database, uid: string): AssignmentRecord | null {
  const row = statement<AssignmentRow>(db, 'SELECT * FROM sync_assignments WHERE uid = ?').get(uid);
  return row ? fromRow(row) : null;
}
