import type { Database } from '../../../db/engine';
import { getMeta, setMeta } from '../../../db/repositories/app-meta';
import { syncError } from './format/sync-error';

/** app_meta keys of the sync feature. */
export const SYNC_META = {
  /** 'office' or 'field'; set once at setup, never changed. */
  role: 'sync_role',
  /** Field: the sequence of the last result bundle written. */
  bundleSequence: 'sync_bundle_sequence',
  /** Field: sequence and manifest hash of the last assignment pack loaded. */
  packSequence: 'sync_pack_sequence',
  packManifest: 'sync_pack_manifest',
  /** Field: the holiday list and templates the office sent (JSON). */
  packHolidays: 'sync_pack_holidays',
  packTemplates: 'sync_pack_templates',
  /** Field: 'passphrase' when the stored key is under the local passphrase rather than the PIN (stored-key.ts). */
  keyProtection: 'sync_key_protection',
  /** Office: per-device sequence of the packs it wrote. */
  packSequenceFor: (deviceKey: string) => `sync_pack_sequence:${deviceKey}`,
} as const;

export type SyncRole = 'office' | 'field';

export function getRole(db: Database): SyncRole | null {
  const role = getMeta(db, SYNC_META.role);
  return role === 'office' || role === 'field' ? role : null;
}

export function requireRole(db: Database, role: SyncRole): void {
  const actual = getRole(db);
  if (actual === null)
    throw syncError('SYNC_NOT_SET_UP', { reason: role === 'office' ? 'SYNC_REASON_SET_UP_OFFICE_FIRST' : 'SYNC_REASON_IMPORT_PACK_FIRST' });
  if (actual !== role)
    throw syncError('SYNC_ROLE_MISMATCH', { reason: actual === 'office' ? 'SYNC_REASON_DATABASE_IS_OFFICE' : 'SYNC_REASON_DATABASE_IS_FIELD' });
}

/** A database gets its role once; asking for the other role later is refused. */
export function claimRole(db: Database, role: SyncRole): void {
  const actual = getRole(db);
  if (actual === role) return;
  if (actual !== null)
    throw syncError('SYNC_ROLE_MISMATCH', { reason: actual === 'office' ? 'SYNC_REASON_ALREADY_OFFICE' : 'SYNC_REASON_ALREADY_FIELD' });
  setMeta(db, SYNC_META.role, role);
}

export function readCounter(db: Database, key: string): number {
  const value = Number(getMeta(db, key) ?? '0');
  return Number.isSafeInteger(value) && value >= 0 ? value : 0;
}
