import type { Database } from '../../../db/engine';
import { listFiledOccupations, upsertFiledOccupation } from '../../../db/repositories/filed-occupations';
import type { BatchImportRecord } from '../../../shared/import/kinds';
import type { FiledOccupationRecord } from '../../../shared/store/records';

/** Where an imported batch is filed: the occupation row it points at, and whether its occupation and level were filed. */
export interface BatchPlacement {
  filedOccupationId: number;
  insideScope: boolean;
}

const sameOccupation = (o: FiledOccupationRecord, record: BatchImportRecord) => o.code === record.occupationCode && o.workType === record.workType;

/** A filed occupation without a work type covers all of its work types. */
const coversOccupation = (o: FiledOccupationRecord, record: BatchImportRecord) => o.code === record.occupationCode && o.workType === '';

/**
 * Places batches in their filing's scope (R-INS-03) without ever widening a filed scope: an occupation or level
 * outside it is the evaluation R-YQ-05 calls 严重超出备案范围, and the inspection must see it. Such a batch is imported
 * as is; a level outside points at its filed occupation (whose levels stay as filed), an occupation outside at an
 * 'unfiled' row with no levels. Only a filing with no filed scope at all gets one derived from its batches, marked
 * 'derived' so nobody takes it for the filing's own. Reads each filing's scope once per import.
 */
export function createBatchPlacer(db: Database): (filingId: number, record: BatchImportRecord) => BatchPlacement {
  const scopes = new Map<number, FiledOccupationRecord[]>();
  const scopeOf = (filingId: number) => {
    let occupations = scopes.get(filingId);
    if (!occupations) {
      occupations = listFiledOccupations(db, filingId);
      scopes.set(filingId, occupations);
    }
    return occupations;
  };
  const addRow = (filingId: number, record: BatchImportRecord, row: Pick<FiledOccupationRecord, 'name' | 'levels' | 'origin'>) => {
    scopes.delete(filingId);
    return upsertFiledOccupation(db, { filingId, code: record.occupationCode, workType: record.workType, ...row });
  };

  return (filingId, record) => {
    const occupations = scopeOf(filingId);
    const filed = occupations.filter((o) => o.origin === 'filed');
    if (filed.length === 0) {
      const derived = occupations.find((o) => sameOccupation(o, record));
      if (derived?.levels.includes(record.level)) return { filedOccupationId: derived.id, insideScope: true };
      const levels = [...(derived?.levels ?? []), record.level];
      return {
        filedOccupationId: addRow(filingId, record, { name: derived?.name ?? record.occupationName, levels, origin: 'derived' }),
        insideScope: true,
      };
    }
    const covering = filed.find((o) => sameOccupation(o, record)) ?? filed.find((o) => coversOccupation(o, record));
    if (covering) return { filedOccupationId: covering.id, insideScope: covering.levels.includes(record.level) };
    const unfiled = occupations.find((o) => sameOccupation(o, record));
    if (unfiled) return { filedOccupationId: unfiled.id, insideScope: false };
    return { filedOccupationId: addRow(filingId, record, { name: record.occupationName, levels: [], origin: 'unfiled' }), insideScope: false };
  };
}
