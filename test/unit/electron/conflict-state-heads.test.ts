import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportedInspectionRecord } from '../../../db/repositories/sync-imports';
import { conflictFlags, conflictResolved, headIds, isHead } from '../../../electron/services/sync/review/conflict-state';

/** conflictFlags as it was, isHead per record (a pass over all records each): the reference for the one-pass version. */
function conflictFlagsPerRecord(all: readonly ImportedInspectionRecord[]): Map<number, boolean> {
  const headsByKey = new Map<string, ImportedInspectionRecord[]>();
  for (const record of all) if (isHead(record, all)) headsByKey.set(record.conflictKey, [...(headsByKey.get(record.conflictKey) ?? []), record]);
  const open = new Set([...headsByKey].filter(([, heads]) => heads.length > 1 && !conflictResolved(heads)).map(([key]) => key));
  return new Map(all.map((record) => [record.id, open.has(record.conflictKey) && isHead(record, all) && record.reviewStatus !== 'returned']));
}

const at = (minute: number) => new Date(Date.UTC(2023, 8, 1, 8, minute)).toISOString();

const records = fc
  .array(
    fc.record({
      device: fc.constantFrom('laptop-01', 'laptop-02', 'laptop-03'),
      remoteId: fc.integer({ min: 1, max: 6 }),
      parent: fc.option(fc.integer({ min: 1, max: 6 })),
      key: fc.constantFrom('round:a:1', 'round:a:2', '3:shanxi'),
      status: fc.constantFrom('pending', 'accepted', 'returned'),
      imported: fc.integer({ min: 0, max: 50 }),
      reviewed: fc.integer({ min: 0, max: 50 }),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((row, index): ImportedInspectionRecord => ({
      id: index + 1,
      deviceKey: row.device,
      remoteId: row.remoteId,
      remoteParentId: row.parent,
      contentSha256: String(index),
      inspectionId: index + 1,
      conflictKey: row.key,
      signerSerial: 'ab',
      importedAt: at(row.imported),
      reviewStatus: row.status,
      reviewComment: null,
      reviewedAt: row.status === 'pending' ? null : at(row.reviewed),
      reviewedBy: row.status === 'pending' ? null : '科长',
    })),
  );

describe('conflict state in one pass over the imported versions (issue 17 §6)', () => {
  it('headIds holds exactly the records isHead calls current', () => {
    fc.assert(
      fc.property(records, (all) => {
        expect(headIds(all)).toEqual(new Set(all.filter((record) => isHead(record, all)).map((record) => record.id)));
      }),
    );
  });

  it('conflictFlags gives what it gave with isHead per record', () => {
    fc.assert(
      fc.property(records, (all) => {
        expect(conflictFlags(all)).toEqual(conflictFlagsPerRecord(all));
      }),
    );
  });
});
