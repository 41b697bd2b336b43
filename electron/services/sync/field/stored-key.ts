import type { Database } from '../../../../db/engine';
import { getMeta, setMeta } from '../../../../db/repositories/app-meta';
import type { FieldIdentityRecord } from '../../../../db/repositories/sync-field';
import { SYNC_META } from '../role';
import type { KeyProtection } from './key-protection';

// The key_protection column knows 'pin' (PKCS#8 under a typed secret) and 'safeStorage'. A key under the local
// passphrase is stored like a PIN-protected one; app_meta says which secret it was, so the window asks for the right one.

/** The column's value for a protection kind. */
export const protectionColumn = (protection: KeyProtection): FieldIdentityRecord['keyProtection'] =>
  protection === 'safeStorage' ? 'safeStorage' : 'pin';

/** Records which secret protects the key just stored (inside the caller's transaction). */
export function rememberProtection(db: Database, protection: KeyProtection): void {
  setMeta(db, SYNC_META.keyProtection, protection);
}

export function storedProtection(db: Database, identity: Pick<FieldIdentityRecord, 'keyProtection'>): KeyProtection {
  if (identity.keyProtection === 'safeStorage') return 'safeStorage';
  return getMeta(db, SYNC_META.keyProtection) === 'passphrase' ? 'passphrase' : 'pin';
}
