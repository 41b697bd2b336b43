import type { Database } from '../engine';
import type { FiledScopeOrigin, SkillLevel } from '../../shared/store/enums';
import type { FiledOccupationRecord } from '../../shared/store/records';
import { inTransaction, statement } from '../sql';
import { listFiledLevels, replaceFiledLevels } from './filed-levels';

export interface FiledOccupationInput {
  filingId: number;
  code: string;
  name: string;
  workType?: string;
  levels: readonly SkillLevel[];
  /** 'filed' unless the batch importer says otherwise; a filed upsert promotes a derived or unfiled row. */
  origin?: FiledScopeOrigin;
}

interface FiledOccupationRow {
  id: number;
  filing_id: number;
  code: string;
  name: string;
  work_type: string;
  origin: FiledScopeOrigin;
}

/** Adds (or, for the same code and work type, updates) one filed occupation with its levels, atomically. */
export function upsertFiledOccupation(db: Database, input: FiledOccupationInput): number {
  return inTransaction(db, () => {
    const row = statement<{ id: number }>(
      db,
      `INSERT INTO filed_occupations (filing_id, code, name, work_type, origin) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (filing_id, code, work_type) DO UPDATE SET name = excluded.name, origin = excluded.origin
       RETURNING id`,
    ).get(input.filingId, input.code, input.name, input.workType ?? '', input.origin ?? 'filed');
    if (!row) throw new Error('upsert of filed occupation returned no id');
    replaceFiledLevels(db, row.id, input.levels);
    return row.id;
  });
}

export function listFiledOccupations(db: Database, filingId: number): FiledOccupationRecord[] {
  return statement<FiledOccupationRow>(db, 'SELECT * FROM filed_occupations WHERE filing_id = ? ORDER BY code, work_type')
    .all(filingId)
    .map((row) => ({
      id: row.id,
      filingId: row.filing_id,
      code: row.code,
      name: row.name,
      workType: row.work_type,
      levels: listFiledLevels(db, row.id),
      origin: row.origin,
    }));
}

export function countFiledOccupations(db: Database): number {
  return statement<{ n: number }>(db, 'SELECT count(*) AS n FROM filed_occupations').get()?.n ?? 0;
}
