import type { Database } from 'better-sqlite3';
import { statement } from '../sql';

/** Office bookkeeping of imported bundles, the inspections they brought and their review. */

export interface DeviceSyncState {
  deviceKey: string;
  lastSequence: number;
  lastManifestSha256: string;
  lastImportedAt: string;
}

export function getDeviceSyncState(db: Database, deviceKey: string): DeviceSyncState | null {
  const row = statement<{ device_key: string; last_sequence: number; last_manifest_sha256: string; last_imported_at: string }>(
    db,
    'SELECT * FROM sync_device_state WHERE device_key = ?',
  ).get(deviceKey);
  return row
    ? {
        deviceKey: row.device_key,
        lastSequence: row.last_sequence,
        lastManifestSha256: row.last_manifest_sha256,
        lastImportedAt: row.last_imported_at,
      }
    : null;
}

export function saveDeviceSyncState(db: Database, state: DeviceSyncState): void {
  statement(
    db,
    `INSERT INTO sync_device_state (device_key, last_sequence, last_manifest_sha256, last_imported_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (device_key) DO UPDATE SET last_sequence = excluded.last_sequence,
       last_manifest_sha256 = excluded.last_manifest_sha256, last_imported_at = excluded.last_imported_at`,
  ).run(state.deviceKey, state.lastSequence, state.lastManifestSha256, state.lastImportedAt);
}

export function isManifestImported(db: Database, manifestSha256: string): boolean {
  return statement(db, 'SELECT 1 FROM sync_imports WHERE manifest_sha256 = ?').get(manifestSha256) !== undefined;
}

export function recordImport(
  db: Database,
  input: { manifestSha256: string; deviceKey: string; sequence: number; importedAt: string; report: unknown },
): void {
  statement(db, 'INSERT INTO sync_imports (manifest_sha256, device_key, sequence, imported_at, report_json) VALUES (?, ?, ?, ?, ?)').run(
    input.manifestSha256,
    input.deviceKey,
    input.sequence,
    input.importedAt,
    JSON.stringify(input.report),
  );
}

export type ReviewStatus = 'pending' | 'accepted' | 'returned';

export interface ImportedInspectionRecord {
  id: number;
  deviceKey: string;
  remoteId: number;
  remoteParentId: number | null;
  contentSha256: string;
  inspectionId: number;
  conflictKey: string;
  signerSerial: string;
  importedAt: string;
  reviewStatus: ReviewStatus;
  reviewComment: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

interface ImportedRow {
  id: number;
  device_key: string;
  remote_id: number;
  remote_parent_id: number | null;
  content_sha256: string;
  inspection_id: number;
  conflict_key: string;
  signer_serial: string;
  imported_at: string;
  review_status: ReviewStatus;
  review_comment: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
}

const fromRow = (row: ImportedRow): ImportedInspectionRecord => ({
  id: row.id,
  deviceKey: row.device_key,
  remoteId: row.remote_id,
  remoteParentId: row.remote_parent_id,
  contentSha256: row.content_sha256,
  inspectionId: row.inspection_id,
  conflictKey: row.conflict_key,
  signerSerial: row.signer_serial,
  importedAt: row.imported_at,
  reviewStatus: row.review_status,
  reviewComment: row.review_comment,
  reviewedAt: row.reviewed_at,
  reviewedBy: row.reviewed_by,
});

export function findImportedVersion(db: Database, deviceKey: string, remoteId: number, contentSha256: string): ImportedInspectionRecord | null {
  const row = statement<ImportedRow>(db, 'SELECT * FROM sync_imported_inspections WHERE device_key = ? AND remote_id = ? AND content_sha256 = ?').get(
    deviceKey,
    remoteId,
    contentSha256,
  );
  return row ? fromRow(row) : null;
}

/** The office inspection id of the newest imported version of a device's inspection. */
export function latestImportedInspectionId(db: Database, deviceKey: string, remoteId: number): number | null {
  const row = statement<{ inspection_id: number }>(
    db,
    'SELECT inspection_id FROM sync_imported_inspections WHERE device_key = ? AND remote_id = ? ORDER BY id DESC LIMIT 1',
  ).get(deviceKey, remoteId);
  return row?.inspection_id ?? null;
}

export function insertImportedInspection(
  db: Database,
  record: Omit<ImportedInspectionRecord, 'id' | 'reviewStatus' | 'reviewComment' | 'reviewedAt' | 'reviewedBy'>,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO sync_imported_inspections (device_key, remote_id, remote_parent_id, content_sha256, inspection_id, conflict_key, signer_serial, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      record.deviceKey,
      record.remoteId,
      record.remoteParentId,
      record.contentSha256,
      record.inspectionId,
      record.conflictKey,
      record.signerSerial,
      record.importedAt,
    ).lastInsertRowid,
  );
}

export function listImportedInspections(db: Database): ImportedInspectionRecord[] {
  return statement<ImportedRow>(db, 'SELECT * FROM sync_imported_inspections ORDER BY id').all().map(fromRow);
}

export function getImportedInspection(db: Database, id: number): ImportedInspectionRecord | null {
  const row = statement<ImportedRow>(db, 'SELECT * FROM sync_imported_inspections WHERE id = ?').get(id);
  return row ? fromRow(row) : null;
}

export function setReview(db: Database, id: number, status: ReviewStatus, comment: string | null, by: string, at: string): void {
  statement(db, 'UPDATE sync_imported_inspections SET review_status = ?, review_comment = ?, reviewed_at = ?, reviewed_by = ? WHERE id = ?').run(
    status,
    comment,
    at,
    by,
    id,
  );
}

export function insertImportedFile(
  db: Database,
  file: { inspectionId: number; kind: 'pdf' | 'evidence'; name: string; sha256: string; content: Buffer },
): void {
  statement(db, 'INSERT INTO sync_imported_files (inspection_id, kind, name, sha256, content) VALUES (?, ?, ?, ?, ?)').run(
    file.inspectionId,
    file.kind,
    file.name,
    file.sha256,
    file.content,
  );
}

export function listImportedFiles(
  db: Database,
  inspectionId: number,
): { id: number; kind: 'pdf' | 'evidence'; name: string; sha256: string; bytes: number }[] {
  return statement<{ id: number; kind: 'pdf' | 'evidence'; name: string; sha256: string; bytes: number }>(
    db,
    'SELECT id, kind, name, sha256, length(content) AS bytes FROM sync_imported_files WHERE inspection_id = ? ORDER BY kind, name',
  ).all(inspectionId);
}

/** The signed PDFs imported with an inspection, with their bytes (a pack carries them as history). */
export function importedPdfContents(db: Database, inspectionId: number): { name: string; content: Buffer }[] {
  return statement<{ name: string; content: Buffer }>(
    db,
    "SELECT name, content FROM sync_imported_files WHERE inspection_id = ? AND kind = 'pdf' ORDER BY name",
  ).all(inspectionId);
}

export interface ImportedFile {
  id: number;
  inspectionId: number;
  kind: 'pdf' | 'evidence';
  name: string;
  content: Buffer;
}

export function getImportedFile(db: Database, id: number): ImportedFile | null {
  return (
    statement<ImportedFile>(db, 'SELECT id, inspection_id AS inspectionId, kind, name, content FROM sync_imported_files WHERE id = ?').get(id) ?? null
  );
}

/** Stores one entry of a device's audit chain; false when the device already sent a different entry at that seq. */
export function storeDeviceAuditEntry(db: Database, deviceKey: string, seq: number, hash: string, entryJson: string): boolean {
  const existing = statement<{ hash: string }>(db, 'SELECT hash FROM sync_device_audit WHERE device_key = ? AND seq = ?').get(deviceKey, seq);
  if (existing) return existing.hash === hash;
  statement(db, 'INSERT INTO sync_device_audit (device_key, seq, hash, entry_json) VALUES (?, ?, ?, ?)').run(deviceKey, seq, hash, entryJson);
  return true;
}
