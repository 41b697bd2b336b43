import type { PostgresMigration } from './types';

/** Twin of 0001-app-meta. TEXT is COLLATE "C" throughout: byte order, as SQLite's BINARY collation sorts. */
export const postgres0001: PostgresMigration = {
  version: 1,
  name: 'app-meta',
  sql: `
    CREATE TABLE app_meta (
      key TEXT COLLATE "C" PRIMARY KEY,
      value TEXT COLLATE "C" NOT NULL
    );
  `,
};
