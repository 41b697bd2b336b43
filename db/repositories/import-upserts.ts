import type { Database } from 'better-sqlite3';
import { staffRoles, type StaffRole } from '../../shared/store/enums';
import { statement, toFlag } from '../sql';
import type { BatchInput } from './batches';
import type { CandidateInput } from './candidates';

/*
 * Re-import support the batches and candidates repositories do not have yet: find by natural key and update in
 * place (an UPDATE, never delete + insert, which would cascade to the batch's candidates).
 * TODO(store): fold into batches.ts / candidates.ts as upsertBatch / upsertCandidate.
 */

export function findBatchId(db: Database, filingId: number, batchNo: string): number | null {
  return statement<{ id: number }>(db, 'SELECT id FROM batches WHERE filing_id = ? AND batch_no = ?').get(filingId, batchNo)?.id ?? null;
}

const STAFF_STEMS: Record<StaffRole, string> = {
  examLead: 'exam_leads',
  evaluator: 'evaluators',
  proctor: 'proctors',
  supervisor: 'supervisors',
  assistant: 'assistants',
};

const UPDATE_BATCH_SQL = `UPDATE batches SET filed_occupation_id = ?, level = ?, exam_date = ?, plan_filed_on = ?, publicity_start = ?,
  publicity_end = ?, ${staffRoles.map((role) => `planned_${STAFF_STEMS[role]} = ?, present_${STAFF_STEMS[role]} = ?`).join(', ')},
  own_evaluators = ?, external_evaluators = ? WHERE id = ?`;

export function updateBatch(db: Database, id: number, input: BatchInput): void {
  statement(db, UPDATE_BATCH_SQL).run(
    input.filedOccupationId,
    input.level,
    input.examDate,
    input.planFiledOn ?? null,
    input.publicityStart ?? null,
    input.publicityEnd ?? null,
    ...staffRoles.flatMap((role) => [input.staff?.[role]?.planned ?? 0, input.staff?.[role]?.present ?? 0]),
    input.ownEvaluators ?? 0,
    input.externalEvaluators ?? 0,
    id,
  );
}

export function findCandidateId(db: Database, batchId: number, idNumber: string): number | null {
  return statement<{ id: number }>(db, 'SELECT id FROM candidates WHERE batch_id = ? AND id_number = ?').get(batchId, idNumber)?.id ?? null;
}

export function updateCandidate(db: Database, id: number, input: CandidateInput): void {
  statement(
    db,
    `UPDATE candidates SET name = ?, birth_date = ?, education = ?, work_years = ?, eligibility_basis = ?, theory_score = ?,
       skill_score = ?, result = ?, certificate_no = ?, uploaded_national = ?, not_uploaded_reason = ?, not_uploaded_note = ?
     WHERE id = ?`,
  ).run(
    input.name,
    input.birthDate ?? null,
    input.education ?? null,
    input.workYears ?? null,
    input.eligibilityBasis ?? null,
    input.theoryScore ?? null,
    input.skillScore ?? null,
    input.result ?? null,
    input.certificateNo ?? null,
    toFlag(input.uploadedNational),
    input.notUploadedReason ?? null,
    input.notUploadedNote ?? null,
    id,
  );
}
