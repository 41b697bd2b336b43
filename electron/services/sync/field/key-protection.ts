import { createPrivateKey, type KeyObject } from 'node:crypto';
import { decryptKey, encryptKey } from '../pki/certificates';
import { KDF_ITERATIONS, pbkdf2Iterations } from '../pki/pbes2';
import { AppError } from '../../../../shared/errors';
import { isStrongKeyPassphrase, MIN_ENROLL_PIN_LENGTH, MIN_KEY_PASSPHRASE_LENGTH } from '../../../../shared/ipc/channels/sync';
import { syncError } from '../format/sync-error';

/** The shape of Electron's safeStorage that we use; injected so db/CLI/tests never import electron. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, i.e. obfuscated plain text, which we refuse. */
  getSelectedStorageBackend?(): string;
}

/** How the laptop keeps its key: the OS keychain, the local passphrase, or the PIN (laptops set up before the passphrase). */
export type KeyProtection = 'safeStorage' | 'passphrase' | 'pin';

export interface KeySecrets {
  /** Opens the .p12 from the office; also unlocks a key stored under the PIN by earlier versions. */
  pin?: string;
  /** Protects (and unlocks) the stored key where no keychain does. */
  keyPassphrase?: string;
  safeStorage?: SafeStorageLike | null;
}

export const MIN_PIN_LENGTH = MIN_ENROLL_PIN_LENGTH;

export function usableSafeStorage(store: SafeStorageLike | null | undefined): SafeStorageLike | null {
  if (!store || !store.isEncryptionAvailable()) return null;
  if (store.getSelectedStorageBackend?.() === 'basic_text') return null;
  return store;
}

/**
 * Encrypts the inspector's key for storage: the OS keychain (safeStorage) where it really encrypts, otherwise a local
 * passphrase (PBES2 PKCS#8, the format the PDF signer's identity store also uses). Not the 6-digit PIN: a copied
 * database could be tried against all million PINs in hours. Never plain text.
 */
export function protectKey(key: KeyObject, secrets: KeySecrets): { protection: 'safeStorage' | 'passphrase'; blob: Buffer } {
  const store = usableSafeStorage(secrets.safeStorage);
  if (store) return { protection: 'safeStorage', blob: store.encryptString(key.export({ type: 'pkcs8', format: 'pem' }).toString()) };
  if (!secrets.keyPassphrase) throw new AppError('FIELD_KEY_PASSPHRASE_REQUIRED', { min: MIN_KEY_PASSPHRASE_LENGTH });
  if (!isStrongKeyPassphrase(secrets.keyPassphrase)) throw new AppError('FIELD_KEY_PASSPHRASE_WEAK', { min: MIN_KEY_PASSPHRASE_LENGTH });
  return { protection: 'passphrase', blob: Buffer.from(encryptKey(key, secrets.keyPassphrase), 'utf8') };
}

export function unprotectKey(stored: { protection: KeyProtection; blob: Buffer }, secrets: KeySecrets): KeyObject {
  if (stored.protection === 'safeStorage') {
    const store = usableSafeStorage(secrets.safeStorage);
    if (!store) throw syncError('SYNC_KEY_STORAGE', { reason: 'SYNC_REASON_KEYRING_UNAVAILABLE' });
    try {
      return createPrivateKey(store.decryptString(stored.blob));
    } catch {
      throw syncError('SYNC_KEY_STORAGE', { reason: 'SYNC_REASON_KEYRING_DECRYPT' });
    }
  }
  const secret = stored.protection === 'passphrase' ? secrets.keyPassphrase : secrets.pin;
  if (!secret)
    throw syncError('SYNC_WRONG_SECRET', {
      reason: stored.protection === 'passphrase' ? 'SYNC_REASON_KEY_PASSPHRASE_NEEDED' : 'SYNC_REASON_PIN_NEEDED',
    });
  const key = decryptKey(stored.blob.toString('utf8'), secret);
  if (!key) throw syncError('SYNC_WRONG_SECRET');
  return key;
}

/**
 * How to store an already stored key again, or null to leave it: a key under the PIN (laptops set up before the
 * local passphrase) moves to the keychain or the local passphrase as soon as one is offered; a key encrypted at an
 * older, lower cost is written again at today's (under the same kind of secret).
 */
export function strongerProtection(
  current: KeyProtection,
  blob: Buffer,
  key: KeyObject,
  secrets: KeySecrets,
): { protection: KeyProtection; blob: Buffer } | null {
  if (current === 'safeStorage') return null;
  const offered = usableSafeStorage(secrets.safeStorage) !== null || secrets.keyPassphrase !== undefined;
  if (current === 'pin' && offered) return protectKey(key, secrets);
  if ((pbkdf2Iterations(blob.toString('utf8')) ?? 0) >= KDF_ITERATIONS) return null;
  if (current === 'passphrase') return secrets.keyPassphrase ? protectKey(key, secrets) : null;
  return secrets.pin ? { protection: 'pin', blob: Buffer.from(encryptKey(key, secrets.pin), 'utf8') } : null;
}
