import type { Database } from '../engine';
import type { AssessmentRound } from '../../shared/domain/rounds/types';
import { statement } from '../sql';

interface RoundRow {
  uid: string;
  name: string;
  year: number;
  origin: AssessmentRound['origin'];
  opened_by: string;
  opened_at: string;
}

const fromRow = (row: RoundRow): AssessmentRound => ({
  uid: row.uid,
  name: row.name,
  year: row.year,
  origin: row.origin,
  openedBy: row.opened_by,
  openedAt: row.opened_at,
});

/**
 * Stores a round once; a round already held keeps its row (a pack or bundle naming it again changes nothing, so the
 * store ends the same whatever order packages arrive in).
 */
export function ensureRound(db: Database, round: AssessmentRound): AssessmentRound {
  statement(
    db,
    `INSERT INTO assessment_rounds (uid, name, year, origin, opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (uid) DO NOTHING`,
  ).run(round.uid, round.name, round.year, round.origin, round.openedBy, round.openedAt);
  const stored = getRound(db, round.uid);
  if (!stored) throw new Error('round vanished after insert');
  return stored;
}

export function getRound(db: Database, uid: string): AssessmentRound | null {
  const row = statement<RoundRow>(db, 'SELECT * FROM assessment_rounds WHERE uid = ?').get(uid);
  return row ? fromRow(row) : null;
}

/** Newest first (by year, then when opened). */
export function listRounds(db: Database): AssessmentRound[] {
  return statement<RoundRow>(db, 'SELECT * FROM assessment_rounds ORDER BY year DESC, opened_at DESC, uid').all().map(fromRow);
}
