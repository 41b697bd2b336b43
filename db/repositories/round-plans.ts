import type { Database } from '../engine';
import type { RoundRules } from '../../shared/domain/double-random/types';
import { statement } from '../sql';

/** An office round's plan (双随机): its rules and the seed fixed when it was made. */
export interface RoundPlanRecord {
  roundUid: string;
  rules: RoundRules;
  seed: string;
  seedHash: string;
  seedSource: 'generated' | 'announced';
  seedNote: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

interface PlanRow {
  round_uid: string;
  rules_json: string;
  seed: string;
  seed_hash: string;
  seed_source: 'generated' | 'announced';
  seed_note: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const fromRow = (row: PlanRow): RoundPlanRecord => ({
  roundUid: row.round_uid,
  rules: JSON.parse(row.rules_json) as RoundRules,
  seed: row.seed,
  seedHash: row.seed_hash,
  seedSource: row.seed_source,
  seedNote: row.seed_note,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function insertRoundPlan(db: Database, plan: Omit<RoundPlanRecord, 'updatedAt'>): RoundPlanRecord {
  statement(
    db,
    `INSERT INTO round_plans (round_uid, rules_json, seed, seed_hash, seed_source, seed_note, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    plan.roundUid,
    JSON.stringify(plan.rules),
    plan.seed,
    plan.seedHash,
    plan.seedSource,
    plan.seedNote,
    plan.createdBy,
    plan.createdAt,
    plan.createdAt,
  );
  return getRoundPlan(db, plan.roundUid) as RoundPlanRecord;
}

export function getRoundPlan(db: Database, roundUid: string): RoundPlanRecord | null {
  const row = statement<PlanRow>(db, 'SELECT * FROM round_plans WHERE round_uid = ?').get(roundUid);
  return row ? fromRow(row) : null;
}

export function listRoundPlans(db: Database): RoundPlanRecord[] {
  return statement<PlanRow>(db, 'SELECT * FROM round_plans ORDER BY created_at DESC, round_uid').all().map(fromRow);
}

/** Rules change until the draw (a trigger refuses it after). */
export function updateRoundRules(db: Database, roundUid: string, rules: RoundRules, now: string): void {
  statement(db, 'UPDATE round_plans SET rules_json = ?, updated_at = ? WHERE round_uid = ?').run(JSON.stringify(rules), now, roundUid);
}
