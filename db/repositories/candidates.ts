import type { Database } from '../engine';
import type { CandidateResult, NotUploadedReason } from '../../shared/store/enums';
import type { CandidateRecord } from '../../shared/store/records';
import { statement, toFlag, insertedId } from '../sql';

type OptionalFacts =
  | 'birthDate'
  | 'education'
  | 'workYears'
  | 'eligibilityBasis'
  | 'theoryScore'
  | 'skillScore'
  | 'result'
  | 'certificateNo'
  | 'notUploadedReason'
  | 'notUploadedNote';

/** A candidate to store: batch, name, ID number and upload flag are required; the other facts may be unknown. */
export type CandidateInput = Omit<CandidateRecord, 'id' | OptionalFacts> & Partial<Pick<CandidateRecord, OptionalFacts>>;

interface CandidateRow {
  id: number;
  batch_id: number;
  name: string;
  id_number: string;
  birth_date: string | null;
  education: string | null;
  work_years: number | null;
  eligibility_basis: string | null;
  theory_score: number | null;
  skill_score: number | null;
  result: CandidateResult | null;
  certificate_no: string | null;
  uploaded_national: number;
  not_uploaded_reason: NotUploadedReason | null;
  not_uploaded_note: string | null;
}

function fromRow(row: CandidateRow): CandidateRecord {
  return {
    id: row.id,
    batchId: row.batch_id,
    name: row.name,
    idNumber: row.id_number,
    birthDate: row.birth_date,
    education: row.education,
    workYears: row.work_years,
    eligibilityBasis: row.eligibility_basis,
    theoryScore: row.theory_score,
    skillScore: row.skill_score,
    result: row.result,
    certificateNo: row.certificate_no,
    uploadedNational: row.uploaded_national === 1,
    notUploadedReason: row.not_uploaded_reason,
    notUploadedNote: row.not_uploaded_note,
  };
}

/** Every fact after batch and ID number, in the column order of INSERT / UPDATE below. */
function candidateFacts(input: CandidateInput): (string | number | null)[] {
  return [
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
  ];
}

export function insertCandidate(db: Database, input: CandidateInput): number {
  const result = statement(
    db,
    `INSERT INTO candidates (batch_id, id_number, name, birth_date, education, work_years, eligibility_basis, theory_score,
       skill_score, result, certificate_no, uploaded_national, not_uploaded_reason, not_uploaded_note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(input.batchId, input.idNumber, ...candidateFacts(input));
  return insertedId(result);
}

export function findCandidateId(db: Database, batchId: number, idNumber: string): number | null {
  return statement<{ id: number }>(db, 'SELECT id FROM candidates WHERE batch_id = ? AND id_number = ?').get(batchId, idNumber)?.id ?? null;
}

/** Re-import: the candidate with the same batch + 身份证号 gets the new scores, certificate and upload facts. */
export function upsertCandidate(db: Database, input: CandidateInput): { id: number; created: boolean } {
  const existing = findCandidateId(db, input.batchId, input.idNumber);
  if (existing === null) return { id: insertCandidate(db, input), created: true };
  statement(
    db,
    `UPDATE candidates SET name = ?, birth_date = ?, education = ?, work_years = ?, eligibility_basis = ?, theory_score = ?,
       skill_score = ?, result = ?, certificate_no = ?, uploaded_national = ?, not_uploaded_reason = ?, not_uploaded_note = ?
     WHERE id = ?`,
  ).run(...candidateFacts(input), existing);
  return { id: existing, created: false };
}

export function getCandidate(db: Database, id: number): CandidateRecord | null {
  const row = statement<CandidateRow>(db, 'SELECT * FROM candidates WHERE id = ?').get(id);
  return row ? fromRow(row) : null;
}

export function listCandidatesOfBatch(db: Database, batchId: number): CandidateRecord[] {
  return statement<CandidateRow>(db, 'SELECT * FROM candidates WHERE batch_id = ? ORDER BY id').all(batchId).map(fromRow);
}

export function countCandidates(db: Database): number {
  return statement<{ n: number }>(db, 'SELECT count(*) AS n FROM candidates').get()?.n ?? 0;
}
