import type { Database } from '../engine';
import type { InspectionRoundLink } from '../../shared/domain/rounds/types';
import { statement } from '../sql';
import { insertRows } from '../sql-batch';

/** A row of inspection_rounds (other repositories read it in joins). */
export interface LinkRow {
  inspection_id: number;
  round_uid: string;
  purpose: 'assessment' | 'followUp';
  rectification_uid: string | null;
  scope: 'findings' | 'full' | null;
}

export const linkFromRow = (row: LinkRow): InspectionRoundLink =>
  row.purpose === 'followUp' && row.rectification_uid !== null && row.scope !== null
    ? { roundUid: row.round_uid, purpose: 'followUp', rectificationUid: row.rectification_uid, scope: row.scope }
    : { roundUid: row.round_uid, purpose: 'assessment', rectificationUid: null, scope: null };

/** Puts an inspection in a round, once (a trigger refuses a change; the same link again is a no-op). */
export function linkInspectionRound(db: Database, inspectionId: number, link: InspectionRoundLink): void {
  statement(
    db,
    `INSERT INTO inspection_rounds (inspection_id, round_uid, purpose, rectification_uid, scope) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (inspection_id) DO NOTHING`,
  ).run(inspectionId, link.roundUid, link.purpose, link.rectificationUid, link.scope);
}

/** linkInspectionRound for many inspections, in few statements. */
export function linkInspectionRounds(db: Database, links: readonly { inspectionId: number; link: InspectionRoundLink }[]): void {
  insertRows(
    db,
    'inspection_rounds',
    ['inspection_id', 'round_uid', 'purpose', 'rectification_uid', 'scope'],
    links.map(({ inspectionId, link }) => [inspectionId, link.roundUid, link.purpose, link.rectificationUid, link.scope]),
    { suffix: 'ON CONFLICT (inspection_id) DO NOTHING' },
  );
}

/** Null for an inspection made before rounds (migration 0013) that no round was given to. */
export function inspectionRound(db: Database, inspectionId: number): InspectionRoundLink | null {
  const row = statement<LinkRow>(db, 'SELECT * FROM inspection_rounds WHERE inspection_id = ?').get(inspectionId);
  return row ? linkFromRow(row) : null;
}

export function inspectionsOfRectification(db: Database, rectificationUid: string): number[] {
  return statement<{ inspection_id: number }>(db, 'SELECT inspection_id FROM inspection_rounds WHERE rectification_uid = ? ORDER BY inspection_id')
    .all(rectificationUid)
    .map((row) => row.inspection_id);
}
