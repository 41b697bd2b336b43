import type { Database } from '../engine';
import { chunked, paddedInList, statement } from '../sql';
import { insertRows, selectInChunks } from '../sql-batch';

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

/** A row of sync_imported_inspections as SELECT * gives it. */
export interface ImportedRow {
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

export const importedFromRow = (row: ImportedRow): ImportedInspectionRecord => ({
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

/** The content hashes of the versions already imported of each of a device's inspections (by remote id). */
export function importedVersions(db: Database, deviceKey: string, remoteIds: readonly number[]): Map<number, Set<string>> {
  const rows = selectInChunks<{ remote_id: number; content_sha256: string }>(
    db,
    remoteIds,
    (list) => `SELECT remote_id, content_sha256 FROM sync_imported_inspections WHERE device_key = ? AND remote_id IN (${list})`,
    [deviceKey],
  );
  const out = new Map<number, Set<string>>();
  for (const row of rows) {
    const remoteId = Number(row.remote_id);
    let hashes = out.get(remoteId);
    if (!hashes) out.set(remoteId, (hashes = new Set()));
    hashes.add(row.content_sha256);
  }
  return out;
}

/** The office inspection id of the newest imported version of each of a device's inspections (absent: none). */
export function latestImportedInspectionIds(db: Database, deviceKey: string, remoteIds: readonly number[]): Map<number, number> {
  const rows = selectInChunks<{ id: number; remote_id: number; inspection_id: number }>(
    db,
    [...new Set(remoteIds)],
    (list) => `SELECT id, remote_id, inspection_id FROM sync_imported_inspections WHERE device_key = ? AND remote_id IN (${list}) ORDER BY id`,
    [deviceKey],
  );
  // Ascending ids: the newest version of a remote id is set last.
  return new Map(rows.map((row) => [Number(row.remote_id), Number(row.inspection_id)]));
}

export function insertImportedInspections(
  db: Database,
  records: readonly Omit<ImportedInspectionRecord, 'id' | 'reviewStatus' | 'reviewComment' | 'reviewedAt' | 'reviewedBy'>[],
): void {
  insertRows(
    db,
    'sync_imported_inspections',
    ['device_key', 'remote_id', 'remote_parent_id', 'content_sha256', 'inspection_id', 'conflict_key', 'signer_serial', 'imported_at'],
    records.map((r) => [r.deviceKey, r.remoteId, r.remoteParentId, r.contentSha256, r.inspectionId, r.conflictKey, r.signerSerial, r.importedAt]),
  );
}

export function listImportedInspections(db: Database): ImportedInspectionRecord[] {
  return statement<ImportedRow>(db, 'SELECT * FROM sync_imported_inspections ORDER BY id').all().map(importedFromRow);
}

/**
 * Whether a later revision from the same device supersedes the version (conflict-state.ts isHead: another version of
 * the device with remote_parent_id = its remote_id), as a 0/1 column of `s`. No index leads to remote_parent_id, so the
 * search goes through the revision's inspection: bundle import sets its parent_id to the newest version then held of
 * the parent (inspections_by_parent), whose (device_key, remote_id) is the unique index's prefix; the last condition
 * is isHead's own. CROSS JOIN keeps SQLite on that order: led by device_key, a device with a thousand versions costs
 * a thousand steps per row.
 */
export const SUPERSEDED_SQL = `CASE WHEN EXISTS (SELECT 1
    FROM sync_imported_inspections v CROSS JOIN inspections ci CROSS JOIN sync_imported_inspections c
    WHERE v.device_key = s.device_key AND v.remote_id = s.remote_id AND ci.parent_id = v.inspection_id
      AND c.inspection_id = ci.id AND c.device_key = s.device_key AND c.remote_parent_id = s.remote_id) THEN 1 ELSE 0 END`;

/** Every version under the given conflict keys, whether superseded or not, in import order. */
export function importedVersionsOfKeys(db: Database, keys: readonly string[]): { record: ImportedInspectionRecord; superseded: boolean }[] {
  const versions = chunked([...new Set(keys)]).flatMap((chunk) => {
    const list = paddedInList(chunk, '');
    return statement<ImportedRow & { superseded: number }>(
      db,
      `SELECT s.*, ${SUPERSEDED_SQL} AS superseded FROM sync_imported_inspections s WHERE s.conflict_key IN (${list.placeholders})`,
    ).all(...list.values);
  });
  return versions.sort((a, b) => a.id - b.id).map((row) => ({ record: importedFromRow(row), superseded: row.superseded === 1 }));
}

/** Conflict keys under which more than one version was imported (superseded ones included). */
export function conflictKeysWithVersions(db: Database): string[] {
  return statement<{ conflict_key: string }>(db, 'SELECT conflict_key FROM sync_imported_inspections GROUP BY conflict_key HAVING count(*) > 1')
    .all()
    .map((row) => row.conflict_key);
}

/**
 * Imported versions in all, and current versions (not superseded) awaiting review. The superseded ones are found from
 * their revisions (CROSS JOIN keeps SQLite on that order: each revision, then its parent by the unique index).
 */
export function countImported(db: Database): { total: number; pending: number } {
  const row = statement<{ total: number; pending: number; superseded_pending: number }>(
    db,
    `SELECT (SELECT count(*) FROM sync_imported_inspections) AS total,
       (SELECT count(*) FROM sync_imported_inspections WHERE review_status = 'pending') AS pending,
       (SELECT count(DISTINCT p.id) FROM sync_imported_inspections c CROSS JOIN sync_imported_inspections p
          WHERE c.remote_parent_id IS NOT NULL AND p.device_key = c.device_key AND p.remote_id = c.remote_parent_id
            AND p.review_status = 'pending') AS superseded_pending`,
  ).get();
  return { total: Number(row?.total ?? 0), pending: Number(row?.pending ?? 0) - Number(row?.superseded_pending ?? 0) };
}

export function getImportedInspection(db: Database, id: number): ImportedInspectionRecord | null {
  const row = statement<ImportedRow>(db, 'SELECT * FROM sync_imported_inspections WHERE id = ?').get(id);
  return row ? importedFromRow(row) : null;
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

export function insertImportedFiles(
  db: Database,
  files: readonly { inspectionId: number; kind: 'pdf' | 'evidence'; name: string; sha256: string; content: Buffer }[],
): void {
  insertRows(
    db,
    'sync_imported_files',
    ['inspection_id', 'kind', 'name', 'sha256', 'content'],
    files.map((f) => [f.inspectionId, f.kind, f.name, f.sha256, f.content]),
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

export interface ImportedFileEntry {
  id: number;
  inspectionId: number;
  kind: 'pdf' | 'evidence';
  name: string;
  sha256: string;
  bytes: number;
}

const FILE_ENTRY_COLUMNS = 'id, inspection_id AS inspectionId, kind, name, sha256, length(content) AS bytes';

/** The files of many inspections (or of all with `null`), by inspection, each in listImportedFiles' order. */
export function importedFilesOf(db: Database, inspectionIds: readonly number[] | null): ImportedFileEntry[] {
  if (inspectionIds === null)
    return statement<ImportedFileEntry>(db, `SELECT ${FILE_ENTRY_COLUMNS} FROM sync_imported_files ORDER BY inspection_id, kind, name`).all();
  return chunked([...new Set(inspectionIds)]).flatMap((chunk) => {
    const list = paddedInList(chunk, 0);
    return statement<ImportedFileEntry>(
      db,
      `SELECT ${FILE_ENTRY_COLUMNS} FROM sync_imported_files WHERE inspection_id IN (${list.placeholders}) ORDER BY inspection_id, kind, name`,
    ).all(...list.values);
  });
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

/**
 * Stores a device's audit chain entries, in order: those the office holds already must have the same hash. Returns
 * the seq of the first entry whose hash differs from the one held (the caller refuses the bundle and rolls back),
 * else null once the new entries are written.
 */
export function storeDeviceAuditEntries(
  db: Database,
  deviceKey: string,
  entries: readonly { seq: number; hash: string; entryJson: string }[],
): number | null {
  const held = new Map(
    statement<{ seq: number; hash: string }>(db, 'SELECT seq, hash FROM sync_device_audit WHERE device_key = ?')
      .all(deviceKey)
      .map((row) => [Number(row.seq), row.hash]),
  );
  const added: unknown[][] = [];
  for (const entry of entries) {
    const hash = held.get(entry.seq);
    if (hash !== undefined) {
      if (hash !== entry.hash) return entry.seq;
      continue;
    }
    held.set(entry.seq, entry.hash);
    added.push([deviceKey, entry.seq, entry.hash, entry.entryJson]);
  }
  insertRows(db, 'sync_device_audit', ['device_key', 'seq', 'hash', 'entry_json'], added);
  return null;
}
