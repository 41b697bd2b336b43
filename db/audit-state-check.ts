import type { Database } from './engine';
import {
  changedAnswerItem,
  mismatchedParts,
  readInspectionRows,
  STATE_PART_TABLES,
  stateOfRows,
  type InspectionRows,
  type StatePart,
} from './audit-state';
import { statement } from './sql';

export interface StateMismatch {
  /** The newest entry of the inspection, whose recorded state the rows no longer match. */
  seq: number;
  inspectionId: number;
  parts: StatePart[];
  /** The answer item that differs from its last logged value, when one can be named. */
  itemId: string | null;
  reason: string;
}

/** What the log last said about one inspection: its newest state-bearing entry and each answer's newest value. */
export interface RecordedInspection {
  seq: number;
  stateJson: string;
  lastAnswers: ReadonlyMap<string, string | null>;
}

/** Compares one inspection's rows with what the log recorded; null when they agree. */
export function compareWithLog(
  inspectionId: number,
  rows: InspectionRows,
  recorded: RecordedInspection,
  skip: readonly StatePart[] = [],
): StateMismatch | null {
  const parts = mismatchedParts(recorded.stateJson, stateOfRows(rows), skip);
  if (parts.length === 0) return null;
  const itemId = parts.includes('answers') ? changedAnswerItem(rows.answers, recorded.lastAnswers) : null;
  const where = parts.map((part) => STATE_PART_TABLES[part]).join('、');
  const row = itemId === null ? `表 ${where}` : `表 answers 的评估项 ${itemId}`;
  return {
    seq: recorded.seq,
    inspectionId,
    parts,
    itemId,
    reason: `核查记录 #${inspectionId} 的${row}与审计日志最后记录的状态（#${recorded.seq}）不符：数据在软件之外被改动`,
  };
}

/**
 * Every inspection whose log carries a state is checked against its newest state-bearing entry. Inspections only
 * written before migration 0011 have no state to compare with and are not checked (docs/sync-format.md).
 */
export function findStateMismatch(db: Database): StateMismatch | null {
  const latest = statement<{ inspection_id: number; seq: number; state_json: string }>(
    db,
    `SELECT inspection_id, seq, state_json FROM audit_log WHERE seq IN
       (SELECT max(seq) FROM audit_log WHERE state_json IS NOT NULL GROUP BY inspection_id) ORDER BY inspection_id`,
  ).all();
  for (const entry of latest) {
    const answers = statement<{ item_id: string; new_json: string | null }>(
      db,
      `SELECT item_id, new_json FROM audit_log WHERE seq IN
         (SELECT max(seq) FROM audit_log WHERE inspection_id = ? AND entity = 'answer' AND item_id IS NOT NULL GROUP BY item_id)`,
    ).all(entry.inspection_id);
    const recorded = { seq: entry.seq, stateJson: entry.state_json, lastAnswers: new Map(answers.map((a) => [a.item_id, a.new_json])) };
    const mismatch = compareWithLog(entry.inspection_id, readInspectionRows(db, entry.inspection_id), recorded);
    if (mismatch) return mismatch;
  }
  return null;
}
