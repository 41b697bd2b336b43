import type { Database } from '../../../db/engine';
import { insertRoundDraw, type StoredRoundDraw } from '../../../db/repositories/round-draws';
import { inTransaction } from '../../../db/sql';
import { canonicalExpertDirectory, canonicalInstitutionDirectory } from '../../../shared/domain/double-random/directories';
import { buildRoundDrawRecord } from '../../../shared/domain/double-random/verify-round';
import { AppError } from '../../../shared/errors';
import { requireRole } from '../sync/role';
import { nodeSha256 } from '../hash/node-sha256';
import { buildExpertDirectory } from './expert-directory';
import { buildInstitutionDirectory } from './institution-directory';
import { plannedRound } from './plan-of-round';
import { checkPreviousRound } from './previous-round';

/**
 * The round's draw, once: both directories as the store holds them now, the pure draw from the plan's fixed seed
 * and rules, and the record stored with the two directories (so verify re-runs from exactly what was drawn from).
 * Shortfalls (too few experts, all conflicted, no batches) are notes in the record, never a refusal.
 */
export function drawRoundPlan(db: Database, input: { roundUid: string; actor: string; now: Date }): StoredRoundDraw {
  requireRole(db, 'office');
  return inTransaction(db, () => {
    const { round, plan, draw } = plannedRound(db, input.roundUid);
    if (draw) throw new AppError('ROUND_ALREADY_DRAWN', { name: round.name, drawnAt: draw.drawnAt });
    checkPreviousRound(db, round.uid, plan.rules);
    const institutions = canonicalInstitutionDirectory(buildInstitutionDirectory(db, plan.rules));
    const experts = canonicalExpertDirectory(buildExpertDirectory(db, plan.rules));
    const drawnAt = input.now.toISOString();
    const record = buildRoundDrawRecord(
      { roundUid: round.uid, roundName: round.name, drawnAt, drawnBy: input.actor },
      { seed: plan.seed, rules: plan.rules, institutions, experts },
      undefined,
      { newHash: nodeSha256 },
    );
    const stored: StoredRoundDraw = { roundUid: round.uid, record, institutions, experts, drawnBy: input.actor, drawnAt };
    insertRoundDraw(db, stored);
    return stored;
  });
}
