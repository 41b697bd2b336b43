import type { Database } from '../../../db/engine';
import fc from 'fast-check';
import { hashAuditEntry } from '../../../db/audit-hash';
import type { AuditRow } from '../../../db/repositories/audit-log';

/** What an attacker with a SQLite editor does to the log, after dropping the append-only triggers. */
export type Tamper =
  | { kind: 'edit'; pick: number; column: number; text: string; rehash: boolean }
  | { kind: 'delete'; pick: number }
  | { kind: 'swap'; pick: number; other: number }
  | { kind: 'insert'; pick: number; at: number; rehash: boolean };

export const tamper: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    column: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 30 }),
    rehash: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), pick: fc.nat(), at: fc.nat(), rehash: fc.boolean() }),
);

type Row = AuditRow;

const rows = (db: Database): Row[] => db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[];

/** The hash a careful forger gives an edited or inserted row, so only the chain (not the row itself) gives it away. */
function rehash(row: Row): string {
  return hashAuditEntry({
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
    stateJson: row.state_json,
  });
}

/** A different value of the column's type that the table's CHECK constraints accept. */
function editedValue(row: Row, column: keyof Row, text: string): unknown {
  const current = row[column];
  switch (column) {
    case 'seq':
    case 'inspection_id':
      return Number(current) + 1000;
    case 'action':
      return current === 'update' ? 'delete' : 'update';
    case 'old_json':
    case 'new_json':
    case 'state_json':
      return JSON.stringify({ forged: text, was: current });
    case 'prev_hash':
    case 'hash':
      return String(current).replace(/^./, (c) => (c === 'f' ? '0' : 'f'));
    default:
      return `${String(current ?? '')}${text}`.slice(-40) === String(current ?? '') ? `${text}改` : `${String(current ?? '')}${text}`.slice(-40);
  }
}

const EDITABLE: (keyof Row)[] = [
  'seq',
  'at',
  'actor',
  'inspection_id',
  'entity',
  'entity_id',
  'item_id',
  'action',
  'old_json',
  'new_json',
  'reason',
  'prev_hash',
  'hash',
  'state_json',
];

/** Applies one tamper with raw SQL; returns false when it would not change anything (e.g. a swap of a row with itself). */
export function applyTamper(db: Database, change: Tamper): boolean {
  const log = rows(db);
  const row = log[change.pick % log.length];
  if (!row) return false;
  if (change.kind === 'delete') {
    db.prepare('DELETE FROM audit_log WHERE seq = ?').run(row.seq);
    return true;
  }
  if (change.kind === 'swap') {
    const other = log[change.other % log.length];
    if (!other || other.seq === row.seq) return false;
    db.prepare('UPDATE audit_log SET seq = -1 WHERE seq = ?').run(row.seq);
    db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(row.seq, other.seq);
    db.prepare('UPDATE audit_log SET seq = ? WHERE seq = -1').run(other.seq);
    return true;
  }
  if (change.kind === 'edit') {
    const column = EDITABLE[change.column % EDITABLE.length] ?? 'actor';
    const value = editedValue(row, column, change.text);
    if (column === 'seq' && log.some((r) => r.seq === value)) return false;
    const edited = { ...row, [column]: value } as Row;
    const hash = change.rehash && column !== 'hash' ? rehash(edited) : edited.hash;
    db.prepare(`UPDATE audit_log SET "${column}" = ?, hash = ? WHERE seq = ?`).run(value, hash, row.seq);
    return true;
  }
  // insert: a plausible copy placed at a position, later rows moved up by one.
  const position = (change.at % (log.length + 1)) + 1;
  const previous = log[position - 2];
  db.prepare('UPDATE audit_log SET seq = seq + 1000000 WHERE seq >= ?').run(position);
  db.prepare('UPDATE audit_log SET seq = seq - 1000000 + 1 WHERE seq >= 1000000').run();
  const forged: Row = { ...row, seq: position, actor: '伪造', prev_hash: previous?.hash ?? '0'.repeat(64) };
  forged.hash = change.rehash ? rehash(forged) : row.hash;
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, inspection_id, entity, entity_id, item_id, action, old_json, new_json, reason, prev_hash, hash)
     VALUES (@seq, @at, @actor, @inspection_id, @entity, @entity_id, @item_id, @action, @old_json, @new_json, @reason, @prev_hash, @hash)`,
  ).run(forged);
  return true;
}

/** The log as text, to tell a real change from a no-op (two swaps that cancel out). */
export const logText = (db: Database): string => JSON.stringify(rows(db));
