import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'app-meta',
  up(db) {
    db.exec(`
      CREATE TABLE app_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
