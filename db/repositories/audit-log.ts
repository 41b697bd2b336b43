import type { Database } from '../engine';
import { GENESIS_HASH, hashAuditEntry, type AuditEntryFields } from '../audit-hash';
import { readInspectionState, stateJsonOf } from '../audit-state';
import { nowIso, statement } from '../sql';
import { META_KEYS, setMeta } from './app-meta';

export interface AuditChange {
  actor: string;
  inspectionId: number;
  /** Table-level name of what changed: inspection, answer, finding, draw, signature, evidence. */
  entity: string;
  entityId: string | number;
  itemId?: string | null;
  action: 'create' | 'update' | 'delete';
  /** Values before and after, as JSON-serialisable data (null when there is none). */
  old?: unknown;
  new?: unknown;
  reason?: string | null;
  at?: string;
}

export interface AuditEntry extends AuditEntryFields {
  hash: string;
  stateJson: string | null;
}

/** One audit_log row as stored (snake_case columns). */
export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  inspection_id: number;
  entity: string;
  entity_id: string;
  item_id: string | null;
  action: AuditEntry['action'];
  old_json: string | null;
  new_json: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
  state_json: string | null;
}

const toJson = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Appends one hash-chained entry. Must run inside the transaction of the change it records (the repositories
 * that change inspections call it there), so the change and its audit entry commit or fail together. The entry
 * records the state of the inspection's rows after the change (db/audit-state.ts), so a later edit of those rows
 * behind the app's back no longer matches the log.
 */
export function appendAudit(db: Database, change: AuditChange): AuditEntry {
  if (!db.inTransaction) throw new Error('appendAudit must run inside the transaction of the change');
  const last = statement<{ seq: number; hash: string }>(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
  const fields: AuditEntryFields = {
    seq: (last?.seq ?? 0) + 1,
    at: change.at ?? nowIso(),
    actor: change.actor,
    inspectionId: change.inspectionId,
    entity: change.entity,
    entityId: String(change.entityId),
    itemId: change.itemId ?? null,
    action: change.action,
    oldJson: toJson(change.old),
    newJson: toJson(change.new),
    reason: change.reason ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
    stateJson: stateJsonOf(readInspectionState(db, change.inspectionId)),
  };
  const hash = hashAuditEntry(fields);
  statement(
    db,
    `INSERT INTO audit_log (seq, at, actor, inspection_id, entity, entity_id, item_id, action, old_json, new_json, reason, prev_hash, hash,
       state_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    fields.seq,
    fields.at,
    fields.actor,
    fields.inspectionId,
    fields.entity,
    fields.entityId,
    fields.itemId,
    fields.action,
    fields.oldJson,
    fields.newJson,
    fields.reason,
    fields.prevHash,
    hash,
    fields.stateJson,
  );
  setMeta(db, META_KEYS.auditHead, `${fields.seq}:${hash}`);
  return { ...fields, stateJson: fields.stateJson ?? null, hash };
}

function fromRow(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    inspectionId: row.inspection_id,
    entity: row.entity,
    entityId: row.entity_id,
    itemId: row.item_id,
    action: row.action,
    oldJson: row.old_json,
    newJson: row.new_json,
    reason: row.reason,
    prevHash: row.prev_hash,
    hash: row.hash,
    stateJson: row.state_json ?? null,
  };
}

/** Entries in log order (physical rowid order is what the verifier checks; this is the same order). */
export function listAudit(db: Database, filter: { inspectionId?: number } = {}): AuditEntry[] {
  const rows =
    filter.inspectionId === undefined
      ? statement<AuditRow>(db, 'SELECT * FROM audit_log ORDER BY seq').all()
      : statement<AuditRow>(db, 'SELECT * FROM audit_log WHERE inspection_id = ? ORDER BY seq').all(filter.inspectionId);
  return rows.map(fromRow);
}

/** Streams every entry in log order without loading the whole log. */
export function* iterateAudit(db: Database): Generator<AuditEntry> {
  for (const row of statement<AuditRow>(db, 'SELECT * FROM audit_log ORDER BY seq').iterate()) yield fromRow(row);
}
