import type { Migration } from './types';

/**
 * Evidence files are content-addressed (evidence/<inspection>/<sha256>.<ext>), so one file may back several rows: the
 * same photo attached to two items, and every row a revision copies from its signed parent. The path loses its
 * UNIQUE constraint (SQLite cannot drop one in place, hence the rebuild); the table is otherwise unchanged.
 * Nothing references evidence, so the rebuild needs no foreign-key juggling.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'evidence-shared-files',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_rebuilt (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections (id),
        item_id TEXT CHECK (item_id IS NULL OR length(item_id) BETWEEN 1 AND 40),
        finding_id INTEGER REFERENCES findings (id),
        relative_path TEXT NOT NULL CHECK (
          length(relative_path) BETWEEN 1 AND 500 AND substr(relative_path, 1, 1) NOT IN ('/', '\\')
          AND instr(relative_path, '..') = 0 AND instr(relative_path, ':') = 0
        ),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
        mime TEXT NOT NULL CHECK (length(mime) BETWEEN 3 AND 100),
        created_at TEXT NOT NULL,
        CHECK (item_id IS NOT NULL OR finding_id IS NOT NULL)
      ) STRICT;
      INSERT INTO evidence_rebuilt (id, inspection_id, item_id, finding_id, relative_path, sha256, size_bytes, mime, created_at)
        SELECT id, inspection_id, item_id, finding_id, relative_path, sha256, size_bytes, mime, created_at FROM evidence;
      DROP TABLE evidence;
      ALTER TABLE evidence_rebuilt RENAME TO evidence;
      CREATE INDEX evidence_by_inspection ON evidence (inspection_id);
      CREATE INDEX evidence_by_file ON evidence (relative_path);
    `);
  },
};
