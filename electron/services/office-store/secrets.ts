import type { SafeStorageLike } from '../sync/field/key-protection';
import { usableSafeStorage } from '../sync/field/key-protection';

/**
 * Seals the office store's password with the OS keychain (Electron safeStorage: DPAPI, Keychain, libsecret). Handlers
 * see only this; electron/main builds it over safeStorage, the harness over a fixed test key.
 */
export interface StoreSecrets {
  /** False when sealing would not really encrypt (no keychain; Linux's 'basic_text' counts as none). */
  available(): boolean;
  seal(text: string): Buffer;
  open(sealed: Buffer): string;
}

/** safeStorage as StoreSecrets; unavailable unless it really encrypts (usableSafeStorage's rule, as for laptop keys). */
export function safeStorageSecrets(store: SafeStorageLike): StoreSecrets {
  return {
    available: () => usableSafeStorage(store) !== null,
    seal: (text) => store.encryptString(text),
    open: (sealed) => store.decryptString(sealed),
  };
}

/** The password sealed for the settings file, or undefined when there is no real keychain to seal it with. */
export function sealPassword(secrets: StoreSecrets | undefined, password: string): string | undefined {
  if (!password || !secrets?.available()) return undefined;
  return secrets.seal(password).toString('base64');
}

/** The sealed password opened again; null when nothing was sealed or the keychain cannot open it (another user). */
export function openSealedPassword(secrets: StoreSecrets | undefined, sealed: string | undefined): string | null {
  if (!sealed || !secrets?.available()) return null;
  try {
    return secrets.open(Buffer.from(sealed, 'base64'));
  } catch {
    return null;
  }
}
