import type { PostgresMigration } from './types';

/** Twin of 0011-audit-state. Adding a column fires no UPDATE trigger, as in SQLite. */
export const postgres0011: PostgresMigration = {
  version: 11,
  name: 'audit-state',
  sql: `
    ALTER TABLE audit_log ADD COLUMN state_json TEXT COLLATE "C" CHECK (state_json IS NULL OR si_json_valid(state_json));
  `,
};
