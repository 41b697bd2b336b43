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
}

/**
 * SHA-256 over the RFC 8785 canonical JSON of the entry including its sequence number and the previous hash,
 * so editing, dropping, inserting or moving any entry changes every hash after it.
 */
export function hashAuditEntry(fields: AuditEntryFields): string {
  const canonical = canonicalize(fields);
  if (canonical === undefined) throw new Error('audit entry cannot be serialized');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
