import type { Database } from '../../db/engine';
import { isDemoDatabase } from '../../db/repositories/app-meta';
import { AppError } from '../../shared/errors';
import { getRole } from '../services/sync/role';
import { syncError } from '../services/sync/format/sync-error';

/**
 * sync:initOffice from the window: the office's master database starts empty and role-less. The demo must be left
 * first (设置 → 开始正式使用), or its made-up institutions would be sent to inspectors as real ones.
 */
export function assertReadyForOffice(db: Database): void {
  const role = getRole(db);
  if (role !== null)
    throw syncError('SYNC_ROLE_MISMATCH', { reason: role === 'office' ? 'SYNC_REASON_ALREADY_SET_OFFICE' : 'SYNC_REASON_ALREADY_SET_FIELD' });
  if (isDemoDatabase(db)) {
    throw new AppError('DEMO_DATABASE');
  }
}
