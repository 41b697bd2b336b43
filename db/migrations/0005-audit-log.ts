import type { Migration } from './types';

/**
 * Append-only, hash-chained audit log of every change to an inspection (see db/repositories/audit-log.ts).
 * The triggers stop the app (or a careless script) from rewriting history; a determined editor can drop them,
 * which is what the hash chain and `audit verify` catch. No foreign key: the log must outlive what it describes.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
        inspection_id INTEGER NOT NULL,
        entity TEXT NOT NULL CHECK (length(entity) BETWEEN 1 AND 40),
        entity_id TEXT NOT NULL CHECK (length(entity_id) <= 100),
        item_id TEXT,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        old_json TEXT CHECK (old_json IS NULL OR json_valid(old_json)),
        new_json TEXT CHECK (new_json IS NULL OR json_valid(new_json)),
        reason TEXT CHECK (reason IS NULL OR length(reason) <= 500),
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL CHECK (length(hash) = 64)
      ) STRICT;
      CREATE INDEX audit_log_by_inspection ON audit_log (inspection_id, seq);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, '审计日志只能追加,不能修改'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, '审计日志只能追加,不能删除'); END;
    `);
  },
};
