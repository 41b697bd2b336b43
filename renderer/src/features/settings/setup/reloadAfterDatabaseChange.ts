import { useAppInfoStore } from '../../../app/appInfoStore';
import { useSyncStatusStore } from '../../../app/syncStatusStore';
import { useInstitutionsStore } from '../../institutions/institutionsStore';
import { useSettingsStore } from '../settingsStore';

/**
 * After main swapped or re-roled the database, every store that mirrors it is read again, so no page shows the
 * demo's banner, institutions or role from before.
 */
export async function reloadAfterDatabaseChange(): Promise<void> {
  await Promise.all([
    useAppInfoStore.getState().load(),
    useSyncStatusStore.getState().load(),
    useInstitutionsStore.getState().load(),
    useSettingsStore.getState().load(),
  ]);
}
