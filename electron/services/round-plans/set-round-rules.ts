import type { Database } from '../../../db/engine';
import { updateRoundRules } from '../../../db/repositories/round-plans';
import { inTransaction } from '../../../db/sql';
import type { RoundRules } from '../../../shared/domain/double-random/types';
import { AppError } from '../../../shared/errors';
import { requireRole } from '../sync/role';
import { plannedRound } from './plan-of-round';
import { checkPreviousRound } from './previous-round';

/** The office changes a round's rules until it is drawn; after, the plan stays as drawn (the trigger agrees). */
export function setRoundRules(db: Database, input: { roundUid: string; rules: RoundRules; now: Date }): void {
  requireRole(db, 'office');
  inTransaction(db, () => {
    const { round, draw } = plannedRound(db, input.roundUid);
    if (draw) throw new AppError('ROUND_ALREADY_DRAWN', { name: round.name, drawnAt: draw.drawnAt });
    checkPreviousRound(db, input.roundUid, input.rules);
    updateRoundRules(db, input.roundUid, input.rules, input.now.toISOString());
  });
}
