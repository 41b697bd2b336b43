import type { Database } from '../engine';
import { AppError } from '../../shared/errors';
import type { SamplingDrawRecord } from '../../shared/store/records';
import { inTransaction, nowIso, statement, insertedId } from '../sql';
import { appendAudit } from './audit-log';
import { copyInspectionRows } from './copy-rows';
import { requireEditableInspection } from './inspections';

export interface RecordDrawInput {
  inspectionId: number;
  purpose: string;
  /** Required for every draw after the first of the same purpose (R-SM-06: all draws are kept, with reasons). */
  redrawReason?: string | null;
  record: unknown;
  actor: string;
  at?: string;
}

interface DrawRow {
  id: number;
  inspection_id: number;
  purpose: string;
  sequence: number;
  redraw_reason: string | null;
  record_json: string;
  drawn_at: string;
  drawn_by: string;
}

function fromRow(row: DrawRow): SamplingDrawRecord {
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    purpose: row.purpose,
    sequence: row.sequence,
    redrawReason: row.redraw_reason,
    record: JSON.parse(row.record_json) as unknown,
    drawnAt: row.drawn_at,
    drawnBy: row.drawn_by,
  };
}

/** Appends a draw with the next sequence number for its purpose; earlier draws are never replaced. */
export function recordDraw(db: Database, input: RecordDrawInput): SamplingDrawRecord {
  const at = input.at ?? nowIso();
  return inTransaction(db, () => {
    requireEditableInspection(db, input.inspectionId);
    const last = statement<{ n: number | null }>(db, 'SELECT max(sequence) AS n FROM sampling_draws WHERE inspection_id = ? AND purpose = ?').get(
      input.inspectionId,
      input.purpose,
    );
    const sequence = (last?.n ?? 0) + 1;
    const reason = input.redrawReason?.trim() || null;
    if (sequence > 1 && !reason) {
      throw new AppError('REDRAW_REASON_REQUIRED', { reason: 'SAMPLING_REASON_DRAWN_TIMES', purpose: input.purpose, count: sequence - 1 });
    }
    const result = statement(
      db,
      `INSERT INTO sampling_draws (inspection_id, purpose, sequence, redraw_reason, record_json, drawn_at, drawn_by)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(input.inspectionId, input.purpose, sequence, reason, JSON.stringify(input.record), at, input.actor);
    const draw = getDraw(db, insertedId(result));
    if (!draw) throw new Error('draw vanished after insert');
    appendAudit(db, {
      actor: input.actor,
      at,
      inspectionId: input.inspectionId,
      entity: 'draw',
      entityId: draw.id,
      action: 'create',
      new: draw,
      reason,
    });
    return draw;
  });
}

export function getDraw(db: Database, id: number): SamplingDrawRecord | null {
  const row = statement<DrawRow>(db, 'SELECT * FROM sampling_draws WHERE id = ?').get(id);
  return row ? fromRow(row) : null;
}

export function listDraws(db: Database, inspectionId: number): SamplingDrawRecord[] {
  return statement<DrawRow>(db, 'SELECT * FROM sampling_draws WHERE inspection_id = ? ORDER BY purpose, sequence').all(inspectionId).map(fromRow);
}

/**
 * A revision's copy of its parent's draws: the same records with the same purpose, sequence, reason, time and
 * drawer, so the revision shows the sample the signed version was scored on. Returns parent draw id → copy id.
 */
export function copyDraws(db: Database, fromInspectionId: number, toInspectionId: number): Map<number, number> {
  return copyInspectionRows(
    db,
    'sampling_draws',
    ['purpose', 'sequence', 'redraw_reason', 'record_json', 'drawn_at', 'drawn_by'],
    fromInspectionId,
    toInspectionId,
  );
}
