import type { ImportedInspectionRecord } from '../../../../db/repositories/sync-imports';

/** Versions not superseded by a later revision of the same device. */
export function isHead(record: ImportedInspectionRecord, all: readonly ImportedInspectionRecord[]): boolean {
  return !all.some((other) => other.deviceKey === record.deviceKey && other.remoteParentId === record.remoteId);
}

/**
 * Whether the current versions (heads) of one assessment still conflict. Derived from their review state, never
 * stored: resolved once all but one are returned, or once exactly one is accepted after every other version had
 * arrived (a version imported after that acceptance was never seen by the reviewer, so it reopens the conflict).
 */
export function conflictResolved(heads: readonly ImportedInspectionRecord[]): boolean {
  if (heads.filter((v) => v.reviewStatus !== 'returned').length <= 1) return true;
  const accepted = heads.filter((v) => v.reviewStatus === 'accepted');
  const [chosen] = accepted;
  if (accepted.length !== 1 || !chosen?.reviewedAt) return false;
  const acceptedAt = Date.parse(chosen.reviewedAt);
  return heads.every((v) => v === chosen || Date.parse(v.importedAt) <= acceptedAt);
}

/** Per imported record: does it show 冲突 (a current, not returned version of an assessment whose conflict is open)? */
export function conflictFlags(all: readonly ImportedInspectionRecord[]): Map<number, boolean> {
  const headsByKey = new Map<string, ImportedInspectionRecord[]>();
  for (const record of all) if (isHead(record, all)) headsByKey.set(record.conflictKey, [...(headsByKey.get(record.conflictKey) ?? []), record]);
  const open = new Set([...headsByKey].filter(([, heads]) => heads.length > 1 && !conflictResolved(heads)).map(([key]) => key));
  return new Map(all.map((record) => [record.id, open.has(record.conflictKey) && isHead(record, all) && record.reviewStatus !== 'returned']));
}
