import { basename } from 'node:path';
import { backupBeforeChange } from '../../db/backup';
import { isDemoDatabase, META_KEYS, setMeta } from '../../db/repositories/app-meta';
import { replaceWithEmptyDatabase } from '../../db/start-fresh';
import { AppError } from '../../shared/errors';
import type { StartFreshOutcome } from '../../shared/ipc/channels/app';
import { refuseOnPostgres } from '../services/office-store/sqlite-only';
import { getRole } from '../services/sync/role';
import type { HandlerContext } from './context';

/**
 * Leaving the demo: only a database that holds nothing but the generated demo data may be swapped for an empty one.
 * Anything else is someone's real work, and this button must never be the way to lose it.
 */
function assertOnlyDemoData(ctx: HandlerContext): void {
  if (!isDemoDatabase(ctx.db) || getRole(ctx.db) !== null) {
    throw new AppError('NOT_DEMO_DATABASE');
  }
}

/**
 * app:startFresh: backup (kept in <dataDir>/backups) → the session swaps the file: close → move the demo file
 * aside → new empty database at the same path. Like app:restoreBackup, a failure puts the demo file back and the
 * session reopens it, so the window stays on the demo database it had.
 */
export function startFresh(ctx: HandlerContext): StartFreshOutcome {
  // Before the demo check: on PostgreSQL there is no file to back up or move aside.
  refuseOnPostgres(ctx.db, '开始正式使用（清空演示数据）');
  assertOnlyDemoData(ctx);
  const backupPath = backupBeforeChange(ctx.databasePath, ctx.dataDir, 'before-start-fresh', ctx.nativeBinding);
  const { movedAsideTo } = ctx.database.swapFile(() =>
    replaceWithEmptyDatabase(ctx.databasePath, { dataDir: ctx.dataDir, nativeBinding: ctx.nativeBinding }),
  );
  setMeta(ctx.db, META_KEYS.createdAt, ctx.now().toISOString());
  return { backupName: basename(backupPath), movedAsideTo };
}
