import type { Database } from '../../../db/engine';
import { listDevices } from '../../../db/repositories/devices';
import { getFieldIdentity } from '../../../db/repositories/sync-field';
import { getDeviceSyncState } from '../../../db/repositories/sync-imports';
import { currentCertificateOfDevice, getOfficeKeys } from '../../../db/repositories/sync-office';
import type { SyncStatus } from '../../../shared/ipc/channels/sync';
import { usableSafeStorage, type SafeStorageLike } from './field/key-protection';
import { storedProtection } from './field/stored-key';
import { getRole, readCounter, SYNC_META } from './role';
import { configuredSafeStorage } from './secret-store';

/** `keychain`: the safeStorage main configured (none in the CLI, tests and the browser harness). */
export function syncStatus(db: Database, keychain: SafeStorageLike | null = configuredSafeStorage()): SyncStatus {
  const role = getRole(db);
  const identity = role === 'field' ? getFieldIdentity(db) : null;
  return {
    role,
    officeName: getOfficeKeys(db)?.officeName ?? null,
    deviceKey: identity?.deviceKey ?? null,
    inspectorName: identity?.inspectorName ?? null,
    keyProtection: identity ? storedProtection(db, identity) : null,
    keychainAvailable: usableSafeStorage(keychain) !== null,
    lastPackSequence: readCounter(db, SYNC_META.packSequence),
    lastBundleSequence: readCounter(db, SYNC_META.bundleSequence),
    devices:
      role === 'office'
        ? listDevices(db).map((d) => ({
            deviceKey: d.deviceKey,
            label: d.label,
            revoked: currentCertificateOfDevice(db, d.deviceKey) === null,
            lastSequence: getDeviceSyncState(db, d.deviceKey)?.lastSequence ?? null,
          }))
        : [],
  };
}
