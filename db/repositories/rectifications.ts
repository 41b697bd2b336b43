import type { Database } from '../engine';
import type { RectificationDecision, RectificationFinding } from '../../shared/domain/rectification/types';
import type { Rectification } from '../../shared/domain/templates/types';
import { statement, insertedId } from '../sql';

/** One rectification as stored (office: opened here; laptop: the copy a pack brought, `inspectionId` null). */
export interface RectificationRecord {
  uid: string;
  filingId: number;
  roundUid: string | null;
  inspectionId: number | null;
  templateHash: string;
  outcomeCategory: string;
  outcomeLabel: string;
  inspectionDate: string;
  scoreHundredths: number | null;
  findings: RectificationFinding[];
  /** The ordering inspection's answer rows ({ item_id, payload_json }): a findings-only follow-up starts from them. */
  baseAnswers: { item_id: string; payload_json: string }[];
  deadlineRule: Rectification;
  dueOn: string;
  basis: string;
  origin: 'office' | 'received';
  openedBy: string;
  openedAt: string;
}

interface RectificationRow {
  uid: string;
  filing_id: number;
  round_uid: string | null;
  inspection_id: number | null;
  template_hash: string;
  outcome_category: string;
  outcome_label: string;
  inspection_date: string;
  score_hundredths: number | null;
  findings_json: string;
  base_answers_json: string;
  deadline_rule_json: string;
  due_on: string;
  basis: string;
  origin: 'office' | 'received';
  opened_by: string;
  opened_at: string;
}

const fromRow = (row: RectificationRow): RectificationRecord => ({
  uid: row.uid,
  filingId: row.filing_id,
  roundUid: row.round_uid,
  inspectionId: row.inspection_id,
  templateHash: row.template_hash,
  outcomeCategory: row.outcome_category,
  outcomeLabel: row.outcome_label,
  inspectionDate: row.inspection_date,
  scoreHundredths: row.score_hundredths,
  findings: JSON.parse(row.findings_json) as RectificationFinding[],
  baseAnswers: JSON.parse(row.base_answers_json) as RectificationRecord['baseAnswers'],
  deadlineRule: JSON.parse(row.deadline_rule_json) as Rectification,
  dueOn: row.due_on,
  basis: row.basis,
  origin: row.origin,
  openedBy: row.opened_by,
  openedAt: row.opened_at,
});

/** Stores a rectification once; the same uid again keeps the stored row (a later pack cannot rewrite the findings). */
export function ensureRectification(db: Database, record: RectificationRecord): RectificationRecord {
  statement(
    db,
    `INSERT INTO rectifications (uid, filing_id, round_uid, inspection_id, template_hash, outcome_category, outcome_label, inspection_date,
       score_hundredths, findings_json, base_answers_json, deadline_rule_json, due_on, basis, origin, opened_by, opened_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (uid) DO NOTHING`,
  ).run(
    record.uid,
    record.filingId,
    record.roundUid,
    record.inspectionId,
    record.templateHash,
    record.outcomeCategory,
    record.outcomeLabel,
    record.inspectionDate,
    record.scoreHundredths,
    JSON.stringify(record.findings),
    JSON.stringify(record.baseAnswers),
    JSON.stringify(record.deadlineRule),
    record.dueOn,
    record.basis,
    record.origin,
    record.openedBy,
    record.openedAt,
  );
  const stored = getRectification(db, record.uid);
  if (!stored) throw new Error('rectification vanished after insert');
  return stored;
}

export function getRectification(db: Database, uid: string): RectificationRecord | null {
  const row = statement<RectificationRow>(db, 'SELECT * FROM rectifications WHERE uid = ?').get(uid);
  return row ? fromRow(row) : null;
}

export function rectificationOfInspection(db: Database, inspectionId: number): RectificationRecord | null {
  const row = statement<RectificationRow>(db, 'SELECT * FROM rectifications WHERE inspection_id = ?').get(inspectionId);
  return row ? fromRow(row) : null;
}

export function listRectifications(db: Database, filingId?: number): RectificationRecord[] {
  const rows =
    filingId === undefined
      ? statement<RectificationRow>(db, 'SELECT * FROM rectifications ORDER BY due_on, uid').all()
      : statement<RectificationRow>(db, 'SELECT * FROM rectifications WHERE filing_id = ? ORDER BY due_on, uid').all(filingId);
  return rows.map(fromRow);
}

export interface ResponseRecord {
  id: number;
  rectificationUid: string;
  receivedOn: string;
  summary: string;
  recordedBy: string;
  recordedAt: string;
}

export function insertResponse(db: Database, input: Omit<ResponseRecord, 'id'>): number {
  const result = statement(
    db,
    'INSERT INTO rectification_responses (rectification_uid, received_on, summary, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
  ).get(input.rectificationUid, input.receivedOn, input.summary, input.recordedBy, input.recordedAt);
  return insertedId(result);
}

export function listResponses(db: Database, rectificationUid: string): ResponseRecord[] {
  return statement<{ id: number; rectification_uid: string; received_on: string; summary: string; recorded_by: string; recorded_at: string }>(
    db,
    'SELECT * FROM rectification_responses WHERE rectification_uid = ? ORDER BY received_on, id',
  )
    .all(rectificationUid)
    .map((row) => ({
      id: row.id,
      rectificationUid: row.rectification_uid,
      receivedOn: row.received_on,
      summary: row.summary,
      recordedBy: row.recorded_by,
      recordedAt: row.recorded_at,
    }));
}

export interface RectificationFileRecord {
  id: number;
  rectificationUid: string;
  responseId: number | null;
  kind: 'evidence' | 'notice';
  name: string;
  mime: string;
  sha256: string;
  bytes: number;
  addedAt: string;
}

export function insertRectificationFile(db: Database, input: Omit<RectificationFileRecord, 'id' | 'bytes'> & { content: Buffer }): number {
  const result = statement(
    db,
    'INSERT INTO rectification_files (rectification_uid, response_id, kind, name, mime, sha256, content, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id',
  ).get(input.rectificationUid, input.responseId, input.kind, input.name, input.mime, input.sha256, input.content, input.addedAt);
  return insertedId(result);
}

interface FileRow {
  id: number;
  rectification_uid: string;
  response_id: number | null;
  kind: 'evidence' | 'notice';
  name: string;
  mime: string;
  sha256: string;
  bytes: number;
  added_at: string;
}

export function listRectificationFiles(db: Database, rectificationUid: string): RectificationFileRecord[] {
  return statement<FileRow>(
    db,
    `SELECT id, rectification_uid, response_id, kind, name, mime, sha256, length(content) AS bytes, added_at
       FROM rectification_files WHERE rectification_uid = ? ORDER BY id`,
  )
    .all(rectificationUid)
    .map((row) => ({
      id: row.id,
      rectificationUid: row.rectification_uid,
      responseId: row.response_id,
      kind: row.kind,
      name: row.name,
      mime: row.mime,
      sha256: row.sha256,
      bytes: row.bytes,
      addedAt: row.added_at,
    }));
}

export function rectificationFileContent(db: Database, fileId: number): { record: RectificationFileRecord; content: Buffer } | null {
  const row = statement<FileRow & { content: Buffer }>(
    db,
    `SELECT id, rectification_uid, response_id, kind, name, mime, sha256, length(content) AS bytes, added_at, content
       FROM rectification_files WHERE id = ?`,
  ).get(fileId);
  if (!row) return null;
  const { content, ...rest } = row;
  return {
    content,
    record: {
      id: rest.id,
      rectificationUid: rest.rectification_uid,
      responseId: rest.response_id,
      kind: rest.kind,
      name: rest.name,
      mime: rest.mime,
      sha256: rest.sha256,
      bytes: rest.bytes,
      addedAt: rest.added_at,
    },
  };
}

export interface DecisionRecord {
  rectificationUid: string;
  decision: RectificationDecision;
  reason: string;
  followUpInspectionId: number | null;
  decidedOn: string;
  decidedBy: string;
  decidedAt: string;
}

/** Records the final decision; a second one fails (PRIMARY KEY) and a trigger refuses any change. */
export function insertDecision(db: Database, input: DecisionRecord): void {
  statement(
    db,
    `INSERT INTO rectification_decisions (rectification_uid, decision, reason, follow_up_inspection_id, decided_on, decided_by, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(input.rectificationUid, input.decision, input.reason, input.followUpInspectionId, input.decidedOn, input.decidedBy, input.decidedAt);
}

export function getDecision(db: Database, rectificationUid: string): DecisionRecord | null {
  const row = statement<{
    rectification_uid: string;
    decision: RectificationDecision;
    reason: string;
    follow_up_inspection_id: number | null;
    decided_on: string;
    decided_by: string;
    decided_at: string;
  }>(db, 'SELECT * FROM rectification_decisions WHERE rectification_uid = ?').get(rectificationUid);
  return row
    ? {
        rectificationUid: row.rectification_uid,
        decision: row.decision,
        reason: row.reason,
        followUpInspectionId: row.follow_up_inspection_id,
        decidedOn: row.decided_on,
        decidedBy: row.decided_by,
        decidedAt: row.decided_at,
      }
    : null;
}
