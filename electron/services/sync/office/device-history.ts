import type { Database } from '../../../../db/engine';
import type { PortableRow } from '../../../../db/repositories/sync-rows';
import { statement } from '../../../../db/sql';
import { AppError } from '../../../../shared/errors';

/**
 * How far a device's bundle sequence may jump past the last one imported. A laptop adds 1 per bundle written to a
 * file, so a gap is the number of bundles exported and never brought in; 1000 is years of weekly exports, yet it
 * stops one forged or mistaken bundle from moving the counter so far (2^53 − 1) that every later genuine bundle
 * counts as a replay. Past it, the office checks with the laptop and resets (resetDeviceSequence).
 */
export const SEQUENCE_WINDOW = 1000;

export function checkSequenceInRange(deviceKey: string, sequence: number, lastSequence: number): void {
  const max = lastSequence + SEQUENCE_WINDOW;
  if (!Number.isSafeInteger(sequence) || sequence > max) {
    throw new AppError('SYNC_SEQUENCE_OUT_OF_RANGE', { deviceKey, sequence: String(sequence), last: lastSequence, max });
  }
}

/**
 * Bundles are cumulative: each carries the device's whole audit log from its first entry. So every bundle's segment
 * must begin with exactly the chain the office already holds for the device (same seqs, same hashes) — shorter,
 * emptied or rewritten history is refused, and only new entries may follow.
 */
export function checkHistoryExtends(db: Database, deviceKey: string, audit: readonly PortableRow[]): void {
  const held = statement<{ seq: number; hash: string }>(db, 'SELECT seq, hash FROM sync_device_audit WHERE device_key = ? ORDER BY seq').all(
    deviceKey,
  );
  const refuse = (problem: string) => new AppError('SYNC_AUDIT_HISTORY_REWRITTEN', { deviceKey, held: held.length, problem });
  if (audit.length < held.length) throw refuse(`此包只有 ${audit.length} 条`);
  held.forEach((entry, index) => {
    const sent = audit[index];
    if (!sent || Number(sent['seq']) !== entry.seq || sent['hash'] !== entry.hash) throw refuse(`第 ${entry.seq} 条不同`);
  });
}
