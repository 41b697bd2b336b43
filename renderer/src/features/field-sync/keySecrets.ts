import type { SyncStatus } from '../../../../shared/ipc/channels/sync';

/** What the window sends to open the .p12 and to protect or unlock the laptop's key; never kept after the call. */
export interface KeySecrets {
  pin?: string;
  keyPassphrase?: string;
}

/** The secret that unlocks the stored key: the local passphrase, the PIN (laptops set up earlier), none (keychain). */
export function unlockSecret(status: SyncStatus): 'pin' | 'passphrase' | null {
  if (status.keyProtection === 'pin') return 'pin';
  if (status.keyProtection === 'passphrase') return 'passphrase';
  return null;
}
