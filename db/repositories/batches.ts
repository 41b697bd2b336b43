import type { Database } from '../engine';
import { staffRoles, type SkillLevel, type StaffRole } from '../../shared/store/enums';
import type { BatchRecord, StaffCount } from '../../shared/store/records';
import { insertedId, statement } from '../sql';

export interface BatchInput {
  filingId: number;
  filedOccupationId: number;
  level: SkillLevel;
  batchNo: string;
  examDate: string;
  planFiledOn?: string | null;
  publicityStart?: string | null;
  publicityEnd?: string | null;
  staff?: Partial<Record<StaffRole, StaffCount>>;
  ownEvaluators?: number;
  externalEvaluators?: number;
}

// Column stems per role, in staffRoles order: planned_<stem>, present_<stem>.
const STAFF_COLUMNS: Record<StaffRole, string> = {
  examLead: 'exam_leads',
  evaluator: 'evaluators',
  proctor: 'proctors',
  supervisor: 'supervisors',
  assistant: 'assistants',
};

const STAFF_COLUMN_LIST = staffRoles.flatMap((role) => [`planned_${STAFF_COLUMNS[role]}`, `present_${STAFF_COLUMNS[role]}`]);

const INSERT_SQL = `INSERT INTO batches (filing_id, batch_no, filed_occupation_id, level, exam_date, plan_filed_on,
  publicity_start, publicity_end, ${STAFF_COLUMN_LIST.join(', ')}, own_evaluators, external_evaluators)
  VALUES (${Array.from({ length: 8 + STAFF_COLUMN_LIST.length + 2 }, () => '?').join(', ')}) RETURNING id`;

type BatchRow = Record<string, unknown> & {
  id: number;
  filing_id: number;
  filed_occupation_id: number;
  level: SkillLevel;
  batch_no: string;
  exam_date: string;
  plan_filed_on: string | null;
  publicity_start: string | null;
  publicity_end: string | null;
  own_evaluators: number;
  external_evaluators: number;
};

function fromRow(row: BatchRow): BatchRecord {
  const staff = Object.fromEntries(
    staffRoles.map((role) => [
      role,
      { planned: Number(row[`planned_${STAFF_COLUMNS[role]}`]), present: Number(row[`present_${STAFF_COLUMNS[role]}`]) },
    ]),
  ) as Record<StaffRole, StaffCount>;
  return {
    id: row.id,
    filingId: row.filing_id,
    filedOccupationId: row.filed_occupation_id,
    level: row.level,
    batchNo: row.batch_no,
    examDate: row.exam_date,
    planFiledOn: row.plan_filed_on,
    publicityStart: row.publicity_start,
    publicityEnd: row.publicity_end,
    staff,
    ownEvaluators: row.own_evaluators,
    externalEvaluators: row.external_evaluators,
  };
}

export function insertBatch(db: Database, input: BatchInput): number {
  return insertedId(statement(db, INSERT_SQL).get(input.filingId, input.batchNo, ...batchFacts(input)));
}

const UPDATE_SQL = `UPDATE batches SET filed_occupation_id = ?, level = ?, exam_date = ?, plan_filed_on = ?, publicity_start = ?,
  publicity_end = ?, ${STAFF_COLUMN_LIST.map((column) => `${column} = ?`).join(', ')}, own_evaluators = ?, external_evaluators = ?
  WHERE id = ?`;

/** The values after filing and batch number, in INSERT_SQL / UPDATE_SQL order. */
function batchFacts(input: BatchInput): (string | number | null)[] {
  return [
    input.filedOccupationId,
    input.level,
    input.examDate,
    input.planFiledOn ?? null,
    input.publicityStart ?? null,
    input.publicityEnd ?? null,
    ...staffRoles.flatMap((role) => [input.staff?.[role]?.planned ?? 0, input.staff?.[role]?.present ?? 0]),
    input.ownEvaluators ?? 0,
    input.externalEvaluators ?? 0,
  ];
}

export function findBatchId(db: Database, filingId: number, batchNo: string): number | null {
  return statement<{ id: number }>(db, 'SELECT id FROM batches WHERE filing_id = ? AND batch_no = ?').get(filingId, batchNo)?.id ?? null;
}

/**
 * Re-import: the batch with the same filing + 批次编号 is updated in place (an UPDATE, never delete + insert, which
 * would cascade to its candidates); otherwise a new one is inserted.
 */
export function upsertBatch(db: Database, input: BatchInput): { id: number; created: boolean } {
  const existing = findBatchId(db, input.filingId, input.batchNo);
  if (existing === null) return { id: insertBatch(db, input), created: true };
  statement(db, UPDATE_SQL).run(...batchFacts(input), existing);
  return { id: existing, created: false };
}

export function getBatch(db: Database, id: number): BatchRecord | null {
  const row = statement<BatchRow>(db, 'SELECT * FROM batches WHERE id = ?').get(id);
  return row ? fromRow(row) : null;
}

export function listBatchesOfFiling(db: Database, filingId: number): BatchRecord[] {
  return statement<BatchRow>(db, 'SELECT * FROM batches WHERE filing_id = ? ORDER BY exam_date, id').all(filingId).map(fromRow);
}

export function countBatches(db: Database): number {
  return statement<{ n: number }>(db, 'SELECT count(*) AS n FROM batches').get()?.n ?? 0;
}
