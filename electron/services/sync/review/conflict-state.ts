import type { ImportedInspectionRecord } from '../../../../db/repositories/sync-imports';

/** Versions not superseded by a later revision of the same device. */
export function isHead(record: ImportedInspectionRecord, all: readonly ImportedInspectionRecord[]): boolean {
  return !all.some((other) => other.deviceKey === record.deviceKey && other.remoteParentId === record.remoteId);
}

/**
 * isHead for every record at once, in one pass over `all` (isHead per record is a pass each): the ids of the records
 * no other record of the same device names as its parent.
 */
export function headIds(all: readonly ImportedInspectionRecord[]): Set<number> {
  const parentsByDevice = new Map<string, Set<number>>();
  for (const record of all) {
    if (record.remoteParentId === null) continue;
    const parents = parentsByDevice.get(record.deviceKey);
    if (parents) parents.add(record.remoteParentId);
    else parentsByDevice.set(record.deviceKey, new Set([record.remoteParentId]));
  }
  return new Set(all.filter((record) => !parentsByDevice.get(record.deviceKey)?.has(record.remoteId)).map((record) => record.id));
}

/**
 * Whether the current versions (heads) of one assessment still conflict. Derived from their review state, never
 * stored: resolved once all but one are returned, or once exactly one is accepted after every other version had
 * arrived (a version imported after that acceptance was never seen by the reviewer, so it reopens the conflict).
 */
export function conflictResolved(heads: readonly Pick<ImportedInspectionRecord, 'reviewStatus' | 'reviewedAt' | 'importedAt'>[]): boolean {
  if (heads.filter((v) => v.reviewStatus !== 'returned').length <= 1) return true;
  const accepted = heads.filter((v) => v.reviewStatus === 'accepted');
  const [chosen] = accepted;
  if (accepted.length !== 1 || !chosen?.reviewedAt) return false;
  const acceptedAt = Date.parse(chosen.reviewedAt);
  return heads.every((v) => v === chosen || Date.parse(v.importedAt) <= acceptedAt);
}

/**
 * Per imported record: does it show 冲突 (a current, not returned version of an assessment whose conflict is open)?
 * `heads` is headIds(all), for a caller that has it already.
 */
export function conflictFlags(all: readonly ImportedInspectionRecord[], heads = headIds(all)): Map<number, boolean> {
  const headsByKey = new Map<string, ImportedInspectionRecord[]>();
  for (const record of all) {
    if (!heads.has(record.id)) continue;
    const group = headsByKey.get(record.conflictKey);
    if (group) group.push(record);
    else headsByKey.set(record.conflictKey, [record]);
  }
  const open = new Set([...headsByKey].filter(([, group]) => group.length > 1 && !conflictResolved(group)).map(([key]) => key));
  return new Map(all.map((record) => [record.id, open.has(record.conflictKey) && heads.has(record.id) && record.reviewStatus !== 'returned']));
}

/**
 * conflictFlags with superseded already known (from SQL, or from one pass over every version): `versions` must hold
 * every version under each conflict key it names, whatever else it leaves out.
 */
export function conflictFlagsOfVersions(versions: readonly { record: ImportedInspectionRecord; superseded: boolean }[]): Map<number, boolean> {
  const headsByKey = new Map<string, ImportedInspectionRecord[]>();
  for (const { record, superseded } of versions) {
    if (!superseded) headsByKey.set(record.conflictKey, [...(headsByKey.get(record.conflictKey) ?? []), record]);
  }
  const open = new Set([...headsByKey].filter(([, heads]) => heads.length > 1 && !conflictResolved(heads)).map(([key]) => key));
  return new Map(
    versions.map(({ record, superseded }) => [record.id, open.has(record.conflictKey) && !superseded && record.reviewStatus !== 'returned']),
  );
}

/** The superseded versions among `all` (every version imported): isHead for all at once, in one pass. */
export function supersededIds(all: readonly ImportedInspectionRecord[]): Set<number> {
  const parents = new Set(all.flatMap((r) => (r.remoteParentId === null ? [] : [`${r.deviceKey}\u0000${r.remoteParentId}`])));
  return new Set(all.filter((r) => parents.has(`${r.deviceKey}\u0000${r.remoteId}`)).map((r) => r.id));
}
