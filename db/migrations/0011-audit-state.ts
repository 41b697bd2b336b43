import type { Migration } from './types';

/**
 * Each audit entry commits to the state it left behind: `state_json` holds, per part of the inspection (its row,
 * status, answers, draws, findings, signatures, evidence), the SHA-256 of those rows right after the change
 * (db/audit-state.ts). It is part of the chained hash, so it cannot be rewritten alone. Entries written before this
 * migration have none (NULL): the rule applies from the first entry that carries one.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'audit-state',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN state_json TEXT CHECK (state_json IS NULL OR json_valid(state_json));
    `);
  },
};
