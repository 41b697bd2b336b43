import { basename } from 'node:path';
import { backupBeforeChange } from '../../db/backup';
import { openDatabase } from '../../db/open';
import { isDemoDatabase, META_KEYS, setMeta } from '../../db/repositories/app-meta';
import { replaceWithEmptyDatabase, type FreshDatabase } from '../../db/start-fresh';
import { AppError } from '../../shared/errors';
import type { StartFreshOutcome } from '../../shared/ipc/channels/app';
import { getRole } from '../services/sync/role';
import type { HandlerContext } from './context';

/**
 * Leaving the demo: only a database that holds nothing but the generated demo data may be swapped for an empty one.
 * Anything else is someone's real work, and this button must never be the way to lose it.
 */
function assertOnlyDemoData(ctx: HandlerContext): void {
  if (!isDemoDatabase(ctx.db) || getRole(ctx.db) !== null) {
    throw new AppError('NOT_DEMO_DATABASE', '当前数据库中是正式数据，不是演示数据，不能清空重来。数据未做任何改动。');
  }
}

/**
 * app:startFresh: backup (kept in <dataDir>/backups) → close → move the demo file aside → new empty database at
 * the same path → ctx.db swapped. Like app:restoreBackup, a connection is always reopened, so a failure leaves the
 * window on the demo database it had.
 */
export function startFresh(ctx: HandlerContext): StartFreshOutcome {
  assertOnlyDemoData(ctx);
  const backupPath = backupBeforeChange(ctx.databasePath, ctx.dataDir, 'before-start-fresh', ctx.nativeBinding);
  ctx.db.close();
  let fresh: FreshDatabase | null = null;
  let failure: unknown = null;
  try {
    fresh = replaceWithEmptyDatabase(ctx.databasePath, { dataDir: ctx.dataDir, nativeBinding: ctx.nativeBinding });
  } catch (error) {
    failure = error;
  }
  ctx.db = fresh?.db ?? openDatabase(ctx.databasePath, { dataDir: ctx.dataDir, nativeBinding: ctx.nativeBinding }).db;
  if (!fresh) throw failure;
  setMeta(ctx.db, META_KEYS.createdAt, ctx.now().toISOString());
  return { backupName: basename(backupPath), movedAsideTo: fresh.movedAsideTo };
}
