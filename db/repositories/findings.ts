import type { Database } from '../engine';
import { AppError } from '../../shared/errors';
import type { SampledUnitKind } from '../../shared/store/enums';
import type { FindingRecord } from '../../shared/store/records';
import { inTransaction, nowIso, statement, insertedId } from '../sql';
import { appendAudit } from './audit-log';
import { copyInspectionRows } from './copy-rows';
import { requireEditableInspection } from './inspections';

export interface AddFindingInput {
  inspectionId: number;
  itemId: string;
  unitKind: SampledUnitKind;
  unitId: string;
  drawId?: number | null;
  description: string;
  actor: string;
  at?: string;
}

interface FindingRow {
  id: number;
  inspection_id: number;
  item_id: string;
  unit_kind: SampledUnitKind;
  unit_id: string;
  draw_id: number | null;
  description: string;
  created_at: string;
  created_by: string;
}

function fromRow(row: FindingRow): FindingRecord {
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    itemId: row.item_id,
    unitKind: row.unit_kind,
    unitId: row.unit_id,
    drawId: row.draw_id,
    description: row.description,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function getFinding(db: Database, id: number): FindingRecord | null {
  const row = statement<FindingRow>(db, 'SELECT * FROM findings WHERE id = ?').get(id);
  return row ? fromRow(row) : null;
}

export function addFinding(db: Database, input: AddFindingInput): FindingRecord {
  const at = input.at ?? nowIso();
  return inTransaction(db, () => {
    requireEditableInspection(db, input.inspectionId);
    const result = statement(
      db,
      `INSERT INTO findings (inspection_id, item_id, unit_kind, unit_id, draw_id, description, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(input.inspectionId, input.itemId, input.unitKind, input.unitId, input.drawId ?? null, input.description, at, input.actor);
    const finding = getFinding(db, insertedId(result));
    if (!finding) throw new Error('finding vanished after insert');
    appendAudit(db, {
      actor: input.actor,
      at,
      inspectionId: input.inspectionId,
      entity: 'finding',
      entityId: finding.id,
      itemId: finding.itemId,
      action: 'create',
      new: finding,
    });
    return finding;
  });
}

export function deleteFinding(db: Database, id: number, actor: string, reason: string, at = nowIso()): void {
  inTransaction(db, () => {
    const finding = getFinding(db, id);
    if (!finding) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_FINDING', id });
    requireEditableInspection(db, finding.inspectionId);
    const linked = statement<{ n: number }>(db, 'SELECT count(*) AS n FROM evidence WHERE finding_id = ?').get(id)?.n ?? 0;
    if (linked > 0) throw new AppError('FINDING_HAS_EVIDENCE', { id, count: linked });
    statement(db, 'DELETE FROM findings WHERE id = ?').run(id);
    appendAudit(db, {
      actor,
      at,
      inspectionId: finding.inspectionId,
      entity: 'finding',
      entityId: id,
      itemId: finding.itemId,
      action: 'delete',
      old: finding,
      reason,
    });
  });
}

export function listFindings(db: Database, inspectionId: number): FindingRecord[] {
  return statement<FindingRow>(db, 'SELECT * FROM findings WHERE inspection_id = ? ORDER BY item_id, id').all(inspectionId).map(fromRow);
}

/**
 * A revision's copy of its parent's findings, on the same sampled units and linked to the copied draws
 * (`drawIds`: parent draw id → copy id). Returns parent finding id → copy id.
 */
export function copyFindings(
  db: Database,
  fromInspectionId: number,
  toInspectionId: number,
  drawIds: ReadonlyMap<number, number>,
): Map<number, number> {
  const columns = ['item_id', 'unit_kind', 'unit_id', 'description', 'created_at', 'created_by'];
  return copyInspectionRows(db, 'findings', columns, fromInspectionId, toInspectionId, { column: 'draw_id', copiedIds: drawIds });
}
