import type { Database } from '../engine';
import { AppError } from '../../shared/errors';
import type { AnswerRecord } from '../../shared/store/records';
import { inTransaction, nowIso, statement } from '../sql';
import { selectInChunks } from '../sql-batch';
import { appendAudit } from './audit-log';
import { requireEditableInspection } from './inspections';

export interface SaveAnswerInput {
  inspectionId: number;
  itemId: string;
  /** JSON-serialisable answer; null clears it. */
  answer: unknown;
  actor: string;
  reason?: string | null;
  at?: string;
}

export interface SaveAnswerResult {
  changed: boolean;
  auditSeq: number | null;
  updatedAt: string;
}

interface AnswerRow {
  inspection_id: number;
  item_id: string;
  payload_json: string;
  updated_at: string;
  updated_by: string;
}

const MAX_ANSWER_JSON = 256 * 1024;

function fromRow(row: AnswerRow): AnswerRecord {
  return {
    inspectionId: row.inspection_id,
    itemId: row.item_id,
    answer: JSON.parse(row.payload_json) as unknown,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/**
 * Autosave of one item: the answer and its audit entry (old → new) in one transaction. Saving the same answer again
 * writes nothing, so a UI that autosaves on every blur does not flood the log.
 */
export function saveAnswer(db: Database, input: SaveAnswerInput): SaveAnswerResult {
  const payload = JSON.stringify(input.answer ?? null);
  if (payload.length > MAX_ANSWER_JSON) {
    throw new AppError('ANSWER_TOO_LARGE', { itemId: input.itemId, length: payload.length, maximum: MAX_ANSWER_JSON });
  }
  const at = input.at ?? nowIso();
  return inTransaction(db, () => {
    requireEditableInspection(db, input.inspectionId);
    const before = statement<{ payload_json: string; updated_at: string }>(
      db,
      'SELECT payload_json, updated_at FROM answers WHERE inspection_id = ? AND item_id = ?',
    ).get(input.inspectionId, input.itemId);
    if (before?.payload_json === payload) return { changed: false, auditSeq: null, updatedAt: before.updated_at };
    statement(
      db,
      `INSERT INTO answers (inspection_id, item_id, payload_json, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (inspection_id, item_id) DO UPDATE SET payload_json = excluded.payload_json,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(input.inspectionId, input.itemId, payload, at, input.actor);
    const entry = appendAudit(db, {
      actor: input.actor,
      at,
      inspectionId: input.inspectionId,
      entity: 'answer',
      entityId: `${input.inspectionId}:${input.itemId}`,
      itemId: input.itemId,
      action: before ? 'update' : 'create',
      old: before ? (JSON.parse(before.payload_json) as unknown) : null,
      new: input.answer ?? null,
      reason: input.reason ?? null,
    });
    return { changed: true, auditSeq: entry.seq, updatedAt: at };
  });
}

export function getAnswer(db: Database, inspectionId: number, itemId: string): AnswerRecord | null {
  const row = statement<AnswerRow>(db, 'SELECT * FROM answers WHERE inspection_id = ? AND item_id = ?').get(inspectionId, itemId);
  return row ? fromRow(row) : null;
}

export function listAnswers(db: Database, inspectionId: number): AnswerRecord[] {
  return statement<AnswerRow>(db, 'SELECT * FROM answers WHERE inspection_id = ? ORDER BY item_id').all(inspectionId).map(fromRow);
}

/** The answers of many inspections in few statements, keyed by inspection id (each list in item order). */
export function answersOfInspections(db: Database, inspectionIds: readonly number[]): Map<number, AnswerRecord[]> {
  const found = new Map<number, AnswerRecord[]>();
  const rows = selectInChunks<AnswerRow>(
    db,
    [...new Set(inspectionIds)],
    (list) => `SELECT * FROM answers WHERE inspection_id IN (${list}) ORDER BY inspection_id, item_id`,
  );
  for (const row of rows) {
    const record = fromRow(row);
    const list = found.get(record.inspectionId);
    if (list) list.push(record);
    else found.set(record.inspectionId, [record]);
  }
  return found;
}

/** A revision's copy of its parent's answers, as last saved (time and author kept). Returns how many. */
export function copyAnswers(db: Database, fromInspectionId: number, toInspectionId: number): number {
  return statement(
    db,
    `INSERT INTO answers (inspection_id, item_id, payload_json, updated_at, updated_by)
     SELECT ?, item_id, payload_json, updated_at, updated_by FROM answers WHERE inspection_id = ?`,
  ).run(toInspectionId, fromInspectionId).changes;
}
