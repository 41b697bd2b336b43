import type { Database } from '../engine';
import type { ExpertDirectory, InstitutionDirectory, RoundDrawRecord } from '../../shared/domain/double-random/types';
import { statement } from '../sql';

/** A round's draw with the two directories it was drawn from; written once (triggers refuse update and delete). */
export interface StoredRoundDraw {
  roundUid: string;
  record: RoundDrawRecord;
  institutions: InstitutionDirectory;
  experts: ExpertDirectory;
  drawnBy: string;
  drawnAt: string;
}

interface DrawRow {
  round_uid: string;
  record_json: string;
  institutions_json: string;
  experts_json: string;
  drawn_by: string;
  drawn_at: string;
}

const fromRow = (row: DrawRow): StoredRoundDraw => ({
  roundUid: row.round_uid,
  record: JSON.parse(row.record_json) as RoundDrawRecord,
  institutions: JSON.parse(row.institutions_json) as InstitutionDirectory,
  experts: JSON.parse(row.experts_json) as ExpertDirectory,
  drawnBy: row.drawn_by,
  drawnAt: row.drawn_at,
});

export function insertRoundDraw(db: Database, draw: StoredRoundDraw): void {
  statement(
    db,
    'INSERT INTO round_draws (round_uid, record_json, institutions_json, experts_json, drawn_by, drawn_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(draw.roundUid, JSON.stringify(draw.record), JSON.stringify(draw.institutions), JSON.stringify(draw.experts), draw.drawnBy, draw.drawnAt);
}

export function getRoundDraw(db: Database, roundUid: string): StoredRoundDraw | null {
  const row = statement<DrawRow>(db, 'SELECT * FROM round_draws WHERE round_uid = ?').get(roundUid);
  return row ? fromRow(row) : null;
}
