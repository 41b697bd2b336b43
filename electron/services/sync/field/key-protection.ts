import { createPrivateKey, type KeyObject } from 'node:crypto';
import { decryptKey, encryptKey } from '../pki/certificates';
import { MIN_ENROLL_PIN_LENGTH } from '../../../../shared/ipc/channels/sync';
import { syncError } from '../format/sync-error';

/** The shape of Electron's safeStorage that we use; injected so db/CLI/tests never import electron. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, i.e. obfuscated plain text, which we refuse. */
  getSelectedStorageBackend?(): string;
}

export interface KeySecrets {
  pin?: string;
  safeStorage?: SafeStorageLike | null;
}

export const MIN_PIN_LENGTH = MIN_ENROLL_PIN_LENGTH;

function usableSafeStorage(store: SafeStorageLike | null | undefined): SafeStorageLike | null {
  if (!store || !store.isEncryptionAvailable()) return null;
  if (store.getSelectedStorageBackend?.() === 'basic_text') return null;
  return store;
}

/**
 * Encrypts the inspector's key for storage: the OS keychain (safeStorage) where it really encrypts, the PIN
 * otherwise (PBES2 PKCS#8, the format the PDF signer's identity store also uses). Never plain text.
 */
export function protectKey(key: KeyObject, secrets: KeySecrets): { protection: 'pin' | 'safeStorage'; blob: Buffer } {
  const store = usableSafeStorage(secrets.safeStorage);
  if (store) return { protection: 'safeStorage', blob: store.encryptString(key.export({ type: 'pkcs8', format: 'pem' }).toString()) };
  if (!secrets.pin) throw syncError('SYNC_KEY_STORAGE', { reason: 'SYNC_REASON_NO_KEYRING_PIN_NEEDED' });
  if (secrets.pin.length < MIN_PIN_LENGTH) throw syncError('SYNC_WEAK_SECRET', { reason: 'SYNC_REASON_PIN_MIN', minimum: MIN_PIN_LENGTH });
  return { protection: 'pin', blob: Buffer.from(encryptKey(key, secrets.pin), 'utf8') };
}

export function unprotectKey(stored: { protection: 'pin' | 'safeStorage'; blob: Buffer }, secrets: KeySecrets): KeyObject {
  if (stored.protection === 'safeStorage') {
    const store = usableSafeStorage(secrets.safeStorage);
    if (!store) throw syncError('SYNC_KEY_STORAGE', { reason: 'SYNC_REASON_KEYRING_UNAVAILABLE' });
    try {
      return createPrivateKey(store.decryptString(stored.blob));
    } catch {
      throw syncError('SYNC_KEY_STORAGE', { reason: 'SYNC_REASON_KEYRING_DECRYPT' });
    }
  }
  if (!secrets.pin) throw syncError('SYNC_WRONG_SECRET', { reason: 'SYNC_REASON_PIN_NEEDED' });
  const key = decryptKey(stored.blob.toString('utf8'), secrets.pin);
  if (!key) throw syncError('SYNC_WRONG_SECRET');
  return key;
}
