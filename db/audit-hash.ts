import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The chain starts from 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The stored columns of one audit entry; old/new are the exact JSON texts stored, so the hash covers those bytes. */
export interface AuditEntryFields {
  seq: number;
  at: string;
  actor: string;
  inspectionId: number;
  entity: string;
  entityId: string;
  itemId: string | null;
  action: 'create' | 'update' | 'delete';
  oldJson: string | null;
  newJson: string | null;
  reason: string | null;
  prevHash: string;
  /** Digests of the inspection's rows right after the change (db/audit-state.ts); null on entries older than 0011. */
  stateJson?: string | null;
}

/**
 * SHA-256 over the RFC 8785 canonical JSON of the entry including its sequence number and the previous hash,
 * so editing, dropping, inserting or moving any entry changes every hash after it. The state digests are inside the
 * hash, so they cannot be rewritten to match edited rows without rewriting the chain.
 */
export function hashAuditEntry(fields: AuditEntryFields): string {
  // Entries written before the state existed keep the hash they were written with: the key is left out, not null.
  const { stateJson, ...unbound } = fields;
  const canonical = canonicalize(stateJson === null || stateJson === undefined ? unbound : { ...unbound, stateJson });
  if (canonical === undefined) throw new Error('audit entry cannot be serialized');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
