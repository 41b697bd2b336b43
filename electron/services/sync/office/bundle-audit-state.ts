import { compareWithLog, type RecordedInspection } from '../../../../db/audit-state-check';
import type { PortableRow } from '../../../../db/repositories/sync-rows';
import { AppError } from '../../../../shared/errors';
import type { BundleInspection } from '../bundle-contents';

/** What the device's log last recorded about each of its inspections (newest state-bearing entry, answers' values). */
function recordedByInspection(audit: readonly PortableRow[]): Map<number, RecordedInspection> {
  const recorded = new Map<number, { seq: number; stateJson: string; lastAnswers: Map<string, string | null> }>();
  const answers = new Map<number, Map<string, string | null>>();
  for (const row of audit) {
    const inspectionId = Number(row['inspection_id']);
    if (row['entity'] === 'answer' && typeof row['item_id'] === 'string') {
      if (!answers.has(inspectionId)) answers.set(inspectionId, new Map());
      answers.get(inspectionId)?.set(row['item_id'], (row['new_json'] as string | null) ?? null);
    }
    const stateJson = row['state_json'];
    if (typeof stateJson === 'string') recorded.set(inspectionId, { seq: Number(row['seq']), stateJson, lastAnswers: new Map() });
  }
  for (const [inspectionId, entry] of recorded) entry.lastAnswers = answers.get(inspectionId) ?? new Map();
  return recorded;
}

/**
 * Each inspection the bundle carries must be what the device's own audit chain says it is: its rows hash to the state
 * of the chain's newest entry for it. A device that edited rows behind the app (raw SQL) still signs a valid bundle,
 * and this is where the office sees it. `status` is not carried (the office sets its own), so it is not compared.
 * An inspection whose chain has no state-bearing entry (written before migration 0011) is not checked.
 */
export function checkBundleStates(inspections: readonly BundleInspection[], audit: readonly PortableRow[]): void {
  const recorded = recordedByInspection(audit);
  for (const entry of inspections) {
    const last = recorded.get(entry.remoteId);
    if (!last) continue;
    const rows = {
      inspection: entry.inspection,
      status: null,
      answers: entry.answers,
      draws: entry.draws,
      findings: entry.findings,
      signatures: entry.signatures,
      evidence: entry.evidence,
    };
    const mismatch = compareWithLog(entry.remoteId, rows, last, ['status']);
    if (mismatch) {
      const where = mismatch.itemId === null ? mismatch.parts.join('、') : `评估项 ${mismatch.itemId} 的答案`;
      throw new AppError('SYNC_AUDIT_STATE_MISMATCH', { inspectionId: entry.remoteId, where });
    }
  }
}
