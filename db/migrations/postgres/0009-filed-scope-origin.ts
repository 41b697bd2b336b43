import type { PostgresMigration } from './types';

/** Twin of 0009-filed-scope-origin: existing rows take the default, 'filed', as in SQLite. */
export const postgres0009: PostgresMigration = {
  version: 9,
  name: 'filed-scope-origin',
  sql: `
    ALTER TABLE filed_occupations ADD COLUMN origin TEXT COLLATE "C" NOT NULL DEFAULT 'filed' CHECK (origin IN ('filed','derived','unfiled'));
  `,
};
