import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/engine';
import { insertRoundPlan, type RoundPlanRecord } from '../../../db/repositories/round-plans';
import { inTransaction } from '../../../db/sql';
import { defaultRoundRules, type RoundRules } from '../../../shared/domain/double-random/types';
import { seedHash } from '../../../shared/domain/double-random/seed-commitment';
import { newSeedHex, normalizeSeedHex } from '../../../shared/domain/sampling/draw-stream';
import { AppError } from '../../../shared/errors';
import { openOfficeRound } from '../rounds/office-rounds';
import { checkPreviousRound } from './previous-round';

export interface CreateRoundPlanInput {
  name: string;
  year: number;
  /** Absent: defaultRoundRules(year). */
  rules?: RoundRules;
  /** A value the office announced beforehand (e.g. a lottery draw); absent: a fresh random seed. */
  seed?: string;
  seedNote?: string;
  actor: string;
  now: Date;
}

/**
 * Opens an office round and its plan in one transaction. The seed is fixed here (a trigger refuses any change later)
 * and its SHA-256 is what the office publishes before drawing, so nobody can pick a seed after seeing its result.
 */
export function createRoundPlan(db: Database, input: CreateRoundPlanInput): RoundPlanRecord {
  if (input.seedNote !== undefined && input.seed === undefined) throw new AppError('ROUND_SEED_NOTE_WITHOUT_SEED');
  const announced = input.seed !== undefined;
  // Checked before anything is stored, so a refused seed leaves no round behind.
  const seed = announced ? normalizeSeedHex(input.seed ?? '') : newSeedHex((length) => new Uint8Array(randomBytes(length)));
  const rules = input.rules ?? defaultRoundRules(input.year);
  return inTransaction(db, () => {
    const round = openOfficeRound(db, { name: input.name, year: input.year, now: input.now });
    checkPreviousRound(db, round.uid, rules);
    return insertRoundPlan(db, {
      roundUid: round.uid,
      rules,
      seed,
      seedHash: seedHash(seed),
      seedSource: announced ? 'announced' : 'generated',
      seedNote: announced ? (input.seedNote ?? null) : null,
      createdBy: input.actor,
      createdAt: input.now.toISOString(),
    });
  });
}
