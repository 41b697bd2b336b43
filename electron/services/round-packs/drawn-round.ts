import type { Database } from '../../../db/engine';
import { getRound } from '../../../db/repositories/assessment-rounds';
import { getRoundDraw, type StoredRoundDraw } from '../../../db/repositories/round-draws';
import type { DrawnPanel, PanelSeat } from '../../../shared/domain/double-random/types';
import { AppError } from '../../../shared/errors';

/** The round's stored draw; a round not held here, or not drawn yet, is refused by name. */
export function requireDrawnRound(db: Database, roundUid: string): StoredRoundDraw {
  const round = getRound(db, roundUid);
  if (!round) throw new AppError('ROUND_NOT_FOUND', { uid: roundUid });
  const draw = getRoundDraw(db, roundUid);
  if (!draw) throw new AppError('ROUND_NOT_DRAWN', { name: round.name });
  return draw;
}

/** The panel's 组长, or null when the draw could not fill the leader's seat (such a panel has no laptop to go to). */
export const leaderOf = (panel: DrawnPanel): PanelSeat | null => panel.seats.find((seat) => seat.role === 'lead') ?? null;

/** The filings whose panel has no leader: reported beside the packs, never silently dropped. */
export const leaderlessFilings = (draw: StoredRoundDraw): number[] =>
  draw.record.panels.filter((panel) => leaderOf(panel) === null).map((panel) => panel.filingId);
