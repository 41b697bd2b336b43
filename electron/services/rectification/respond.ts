import { createHash } from 'node:crypto';
import type { Database } from '../../../db/engine';
import { getRectification, insertRectificationFile, insertResponse, type RectificationRecord } from '../../../db/repositories/rectifications';
import { inTransaction } from '../../../db/sql';
import { compareDates } from '../../../shared/domain/deadlines';
import { AppError } from '../../../shared/errors';
import { looksLike } from '../file-type/magic-bytes';
import { requireRole } from '../sync/role';

export interface ResponseFileInput {
  name: string;
  mime: string;
  dataBase64: string;
}

export function requireRectification(db: Database, uid: string): RectificationRecord {
  const record = getRectification(db, uid);
  if (!record) throw new AppError('RECTIFICATION_NOT_FOUND', { uid });
  return record;
}

/**
 * Office: records the institution's 整改情况说明 and its evidence files (BLOBs with their SHA-256). Every file is
 * checked before anything is written, and all of it goes in one transaction: a bad file leaves nothing stored.
 */
export function recordResponse(
  db: Database,
  input: { uid: string; receivedOn: string; summary: string; files: readonly ResponseFileInput[]; actor: string; now: Date },
): number {
  requireRole(db, 'office');
  const record = requireRectification(db, input.uid);
  if (compareDates(input.receivedOn, record.inspectionDate) < 0)
    throw new AppError('RECTIFICATION_DATE_BEFORE_INSPECTION', {
      field: 'RECTIFICATION_FIELD_RECEIVED_ON',
      date: input.receivedOn,
      inspectionDate: record.inspectionDate,
    });
  const files = input.files.map((file) => {
    const content = Buffer.from(file.dataBase64, 'base64');
    if (content.length === 0) throw new AppError('RECTIFICATION_FILE_EMPTY', { file: file.name });
    if (!looksLike(file.mime, content)) throw new AppError('RECTIFICATION_FILE_TYPE', { file: file.name, mime: file.mime });
    return { name: file.name, mime: file.mime, content, sha256: createHash('sha256').update(content).digest('hex') };
  });
  const at = input.now.toISOString();
  return inTransaction(db, () => {
    const responseId = insertResponse(db, {
      rectificationUid: record.uid,
      receivedOn: input.receivedOn,
      summary: input.summary,
      recordedBy: input.actor,
      recordedAt: at,
    });
    for (const file of files) insertRectificationFile(db, { rectificationUid: record.uid, responseId, kind: 'evidence', addedAt: at, ...file });
    return responseId;
  });
}
