import type { Database } from '../../../db/engine';
import { syncError } from '../sync/format/sync-error';
import { getRole } from '../sync/role';

/**
 * The expert pool is the office's (issue 16 §1): a laptop never edits or imports it. Unlike requireRole('office'),
 * a database whose role is not set yet may build its pool — an office fills it before setting up sync, and the demo
 * database has no role — so only a field database is refused, with the error rectification writes give there.
 */
export function refuseOnLaptop(db: Database): void {
  if (getRole(db) === 'field') throw syncError('SYNC_ROLE_MISMATCH', { reason: 'SYNC_REASON_DATABASE_IS_FIELD' });
}
