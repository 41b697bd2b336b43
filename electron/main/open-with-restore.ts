import type { BackupInfo } from '../../db/backup-list';
import { listBackups } from '../../db/backup-list';
import type { OpenedDatabase } from '../../db/open';
import { restoreBackup } from '../../db/restore';
import { isAppError } from '../../shared/errors';

/** Start-up checks whose failure a backup can repair: a damaged file, or pragmas that would not take effect. */
const RESTORABLE = new Set(['DB_DAMAGED', 'DB_PRAGMAS']);

export interface OpenWithRestoreDeps {
  databasePath: string;
  dataDir: string;
  nativeBinding?: string;
  open(): OpenedDatabase;
  /** Shows the problem and the backups (newest first); returns the chosen backup's name, or null to quit. */
  chooseBackup(problem: string, backups: BackupInfo[]): string | null;
}

export type OpenOutcome = { kind: 'opened'; opened: OpenedDatabase; restoredFrom: string | null } | { kind: 'declined'; problem: string };

/**
 * Opens the database; when its start-up check fails, nothing is written and the user is offered the backups.
 * A chosen backup is restored (the damaged file kept aside) and opened; a backup that fails its own check is
 * reported and the choice offered again. Errors that a backup cannot repair are thrown unchanged.
 */
export function openWithRestore(deps: OpenWithRestoreDeps): OpenOutcome {
  let restoredFrom: string | null = null;
  let problem = '';
  for (;;) {
    try {
      return { kind: 'opened', opened: deps.open(), restoredFrom };
    } catch (error) {
      if (!isAppError(error) || !RESTORABLE.has(error.code)) throw error;
      problem = error.message;
    }
    for (;;) {
      const backups = listBackups(deps.dataDir);
      if (backups.length === 0) throw new Error(`${problem}\n没有可用的备份。`);
      const chosen = deps.chooseBackup(problem, backups);
      if (chosen === null) return { kind: 'declined', problem };
      try {
        restoredFrom = restoreBackup({
          databasePath: deps.databasePath,
          dataDir: deps.dataDir,
          backupName: chosen,
          nativeBinding: deps.nativeBinding,
        }).restoredFrom;
        break;
      } catch (error) {
        if (!isAppError(error)) throw error;
        problem = error.message;
      }
    }
  }
}
