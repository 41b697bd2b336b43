import type { Database } from '../../../../db/engine';
import { appendAudit } from '../../../../db/repositories/audit-log';
import { getDeviceSyncState, saveDeviceSyncState } from '../../../../db/repositories/sync-imports';
import { inTransaction } from '../../../../db/sql';
import { AppError } from '../../../../shared/errors';
import { requireRole } from '../role';

/** Audit entries about a device rather than an inspection use inspection id 0 (no inspection has it). */
const NO_INSPECTION = 0;

export interface SequenceReset {
  deviceKey: string;
  previousSequence: number;
  sequence: number;
}

/**
 * `office reset-sequence`: after a bundle with a wrong sequence was imported, lets the device's next genuine bundle in.
 * Resets to `to` (default 0) with the reason in the office's audit log. Replays stay refused: an imported manifest
 * is `alreadyImported`, and an older bundle's shorter audit history is refused (SYNC_AUDIT_HISTORY_REWRITTEN).
 */
export function resetDeviceSequence(
  db: Database,
  input: { deviceKey: string; reason: string; actor: string; to?: number; at?: string },
): SequenceReset {
  requireRole(db, 'office');
  const reason = input.reason.trim();
  if (reason.length === 0) throw new AppError('OFFICE_RESET_REASON_REQUIRED');
  const to = input.to ?? 0;
  const at = input.at ?? new Date().toISOString();
  return inTransaction(db, () => {
    const state = getDeviceSyncState(db, input.deviceKey);
    if (!state) throw new AppError('OFFICE_DEVICE_UNKNOWN', { deviceKey: input.deviceKey });
    saveDeviceSyncState(db, { ...state, lastSequence: to });
    appendAudit(db, {
      actor: input.actor,
      at,
      inspectionId: NO_INSPECTION,
      entity: 'device-sequence',
      entityId: input.deviceKey,
      action: 'update',
      old: { lastSequence: state.lastSequence },
      new: { lastSequence: to },
      reason,
    });
    return { deviceKey: input.deviceKey, previousSequence: state.lastSequence, sequence: to };
  });
}
