import type { Database } from '../engine';
import { AppError } from '../../shared/errors';
import type { EvidenceRecord } from '../../shared/store/records';
import { inTransaction, nowIso, statement, insertedId } from '../sql';
import { appendAudit } from './audit-log';
import { copyInspectionRows } from './copy-rows';
import { requireEditableInspection } from './inspections';

export interface AddEvidenceInput {
  inspectionId: number;
  itemId?: string | null;
  findingId?: number | null;
  relativePath: string;
  sha256: string;
  sizeBytes: number;
  mime: string;
  actor: string;
  at?: string;
}

interface EvidenceRow {
  id: number;
  inspection_id: number;
  item_id: string | null;
  finding_id: number | null;
  relative_path: string;
  sha256: string;
  size_bytes: number;
  mime: string;
  created_at: string;
}

function fromRow(row: EvidenceRow): EvidenceRecord {
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    itemId: row.item_id,
    findingId: row.finding_id,
    relativePath: row.relative_path,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    mime: row.mime,
    createdAt: row.created_at,
  };
}

/** Records an evidence file already copied under the data directory; the path is stored relative to it. */
export function addEvidence(db: Database, input: AddEvidenceInput): EvidenceRecord {
  const at = input.at ?? nowIso();
  const relativePath = input.relativePath.replaceAll('\\', '/');
  if (relativePath.startsWith('/') || relativePath.split('/').includes('..') || /^[A-Za-z]:/.test(relativePath)) {
    throw new AppError('INVALID_PATH', { path: input.relativePath });
  }
  return inTransaction(db, () => {
    requireEditableInspection(db, input.inspectionId);
    const result = statement(
      db,
      `INSERT INTO evidence (inspection_id, item_id, finding_id, relative_path, sha256, size_bytes, mime, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(
      input.inspectionId,
      input.itemId ?? null,
      input.findingId ?? null,
      relativePath,
      input.sha256.toLowerCase(),
      input.sizeBytes,
      input.mime,
      at,
    );
    const row = statement<EvidenceRow>(db, 'SELECT * FROM evidence WHERE id = ?').get(insertedId(result));
    if (!row) throw new Error('evidence vanished after insert');
    const evidence = fromRow(row);
    appendAudit(db, {
      actor: input.actor,
      at,
      inspectionId: input.inspectionId,
      entity: 'evidence',
      entityId: evidence.id,
      itemId: evidence.itemId,
      action: 'create',
      new: evidence,
    });
    return evidence;
  });
}

export function listEvidence(db: Database, inspectionId: number): EvidenceRecord[] {
  return statement<EvidenceRow>(db, 'SELECT * FROM evidence WHERE inspection_id = ? ORDER BY id').all(inspectionId).map(fromRow);
}

/**
 * A revision's copy of its parent's evidence rows: the same files (content-addressed, never duplicated on disk),
 * hashes and types, linked to the copied findings (`findingIds`: parent finding id → copy id). Returns parent
 * evidence id → copy id.
 */
export function copyEvidence(
  db: Database,
  fromInspectionId: number,
  toInspectionId: number,
  findingIds: ReadonlyMap<number, number>,
): Map<number, number> {
  const columns = ['item_id', 'relative_path', 'sha256', 'size_bytes', 'mime', 'created_at'];
  return copyInspectionRows(db, 'evidence', columns, fromInspectionId, toInspectionId, { column: 'finding_id', copiedIds: findingIds });
}
