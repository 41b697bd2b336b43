import type { Migration } from './types';

/**
 * 双随机、一公开 (issue 16): the expert pool, a round's plan and its draw, and the panel an assignment carries.
 *
 * `experts` (专家库): who may be drawn into panels. The ID number is stored in full and shown masked; `code` (专家编号)
 * is the key draws, notices and exported directories use, so ID numbers never leave the store. `device_key` is the
 * laptop a panel leader carries (the round's packs go to it). `expert_conflicts` are the declared conflicts (回避).
 *
 * `round_plans`: the rules an office round selects institutions and panels by, and the seed, fixed when the plan is
 * made (its hash is published before the draw). `round_draws`: the draw, written once, with the two directories it
 * was drawn from, so `round verify` re-runs it from what was stored; after it the plan stays as drawn.
 *
 * `sync_assignments.panel_json`: the drawn panel (names and roles) a pack carries to the leader's laptop.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'double-random',
  up(db) {
    db.exec(`
      CREATE TABLE experts (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 40),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        id_number TEXT NOT NULL UNIQUE CHECK (length(id_number) BETWEEN 6 AND 30),
        employer_name TEXT CHECK (employer_name IS NULL OR length(employer_name) BETWEEN 1 AND 200),
        employer_uscc TEXT CHECK (employer_uscc IS NULL OR length(employer_uscc) = 18),
        region TEXT CHECK (region IS NULL OR length(region) BETWEEN 1 AND 100),
        specialties_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(specialties_json) AND json_type(specialties_json) = 'array'),
        can_lead INTEGER NOT NULL DEFAULT 0 CHECK (can_lead IN (0, 1)),
        can_member INTEGER NOT NULL DEFAULT 1 CHECK (can_member IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        device_key TEXT CHECK (device_key IS NULL OR length(device_key) BETWEEN 1 AND 100),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (can_lead = 1 OR can_member = 1)
      ) STRICT;
      CREATE INDEX experts_by_name ON experts (name);

      CREATE TABLE expert_conflicts (
        id INTEGER PRIMARY KEY,
        expert_id INTEGER NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
        relation TEXT NOT NULL CHECK (relation IN ('worked','trained','related','other')),
        institution_uscc TEXT CHECK (institution_uscc IS NULL OR length(institution_uscc) = 18),
        institution_name TEXT CHECK (institution_name IS NULL OR length(institution_name) BETWEEN 1 AND 200),
        note TEXT CHECK (note IS NULL OR length(note) <= 500),
        CHECK (institution_uscc IS NOT NULL OR institution_name IS NOT NULL)
      ) STRICT;
      CREATE INDEX expert_conflicts_by_expert ON expert_conflicts (expert_id);

      CREATE TABLE round_plans (
        round_uid TEXT PRIMARY KEY REFERENCES assessment_rounds (uid),
        rules_json TEXT NOT NULL CHECK (json_valid(rules_json) AND json_type(rules_json) = 'object'),
        seed TEXT NOT NULL CHECK (length(seed) BETWEEN 32 AND 128 AND seed NOT GLOB '*[^0-9a-f]*'),
        seed_hash TEXT NOT NULL CHECK (length(seed_hash) = 64),
        seed_source TEXT NOT NULL CHECK (seed_source IN ('generated','announced')),
        seed_note TEXT CHECK (seed_note IS NULL OR length(seed_note) <= 500),
        created_by TEXT NOT NULL CHECK (length(created_by) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE round_draws (
        round_uid TEXT PRIMARY KEY REFERENCES round_plans (round_uid),
        record_json TEXT NOT NULL CHECK (json_valid(record_json) AND json_type(record_json) = 'object'),
        institutions_json TEXT NOT NULL CHECK (json_valid(institutions_json) AND json_type(institutions_json) = 'object'),
        experts_json TEXT NOT NULL CHECK (json_valid(experts_json) AND json_type(experts_json) = 'object'),
        drawn_by TEXT NOT NULL CHECK (length(drawn_by) BETWEEN 1 AND 200),
        drawn_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER round_draws_no_update BEFORE UPDATE ON round_draws
      BEGIN
        SELECT RAISE(ABORT, 'a round is drawn once; its record is never changed');
      END;
      CREATE TRIGGER round_draws_no_delete BEFORE DELETE ON round_draws
      BEGIN
        SELECT RAISE(ABORT, 'a round is drawn once; its record is never deleted');
      END;
      CREATE TRIGGER round_plans_seed_fixed BEFORE UPDATE OF seed, seed_hash, seed_source, seed_note ON round_plans
      BEGIN
        SELECT RAISE(ABORT, 'a round''s seed is fixed when its plan is made');
      END;
      CREATE TRIGGER round_plans_fixed_after_draw BEFORE UPDATE ON round_plans
      WHEN EXISTS (SELECT 1 FROM round_draws WHERE round_uid = OLD.round_uid)
      BEGIN
        SELECT RAISE(ABORT, 'a drawn round''s plan stays as it was drawn');
      END;

      ALTER TABLE sync_assignments ADD COLUMN panel_json TEXT
        CHECK (panel_json IS NULL OR (json_valid(panel_json) AND json_type(panel_json) = 'array'));
    `);
  },
};
