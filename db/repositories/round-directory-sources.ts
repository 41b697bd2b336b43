import type { Database } from '../engine';
import type { InstitutionKind } from '../../shared/domain/double-random/types';
import type { SkillLevel } from '../../shared/domain/validation/skill-level';
import { statement } from '../sql';

/** A filing with its institution, as the 双随机 institution directory is built from (electron/services/round-plans). */
export interface FilingSourceRow {
  filingId: number;
  filingNo: string;
  uscc: string;
  institutionName: string;
  listedName: string;
  kind: InstitutionKind;
  region: string | null;
  validTo: string | null;
  demo: boolean;
}

interface FilingRow {
  filing_id: number;
  filing_no: string;
  uscc: string;
  institution_name: string;
  listed_name: string;
  kind: InstitutionKind;
  region: string | null;
  valid_to: string | null;
  demo: 0 | 1;
}

export function listFilingSources(db: Database): FilingSourceRow[] {
  return statement<FilingRow>(
    db,
    `SELECT f.id AS filing_id, f.filing_no, i.uscc, i.name AS institution_name, f.listed_name, f.kind, i.region, f.valid_to, i.demo
     FROM filings f JOIN institutions i ON i.id = f.institution_id ORDER BY f.id`,
  )
    .all()
    .map((row) => ({
      filingId: row.filing_id,
      filingNo: row.filing_no,
      uscc: row.uscc,
      institutionName: row.institution_name,
      listedName: row.listed_name,
      kind: row.kind,
      region: row.region,
      validTo: row.valid_to,
      demo: row.demo === 1,
    }));
}

/** Filed occupation codes per filing. */
export function listFiledOccupationCodes(db: Database): Map<number, string[]> {
  const codes = new Map<number, string[]>();
  for (const row of statement<{ filing_id: number; code: string }>(
    db,
    'SELECT DISTINCT filing_id, code FROM filed_occupations ORDER BY filing_id, code',
  ).all()) {
    const list = codes.get(row.filing_id) ?? [];
    list.push(row.code);
    codes.set(row.filing_id, list);
  }
  return codes;
}

export interface BatchSourceRow {
  filingId: number;
  batchId: number;
  batchNo: string;
  occupationCode: string;
  level: SkillLevel;
  examDate: string;
}

/** The batches examined in one year (exam_date in it), per filing, by batch id. */
export function listBatchSourcesOfYear(db: Database, year: number): Map<number, BatchSourceRow[]> {
  const batches = new Map<number, BatchSourceRow[]>();
  const rows = statement<{ filing_id: number; batch_id: number; batch_no: string; code: string; level: SkillLevel; exam_date: string }>(
    db,
    `SELECT b.filing_id, b.id AS batch_id, b.batch_no, o.code, b.level, b.exam_date
     FROM batches b JOIN filed_occupations o ON o.id = b.filed_occupation_id
     WHERE b.exam_date >= ? AND b.exam_date <= ? ORDER BY b.id`,
  ).all(`${year}-01-01`, `${year}-12-31`);
  for (const row of rows) {
    const list = batches.get(row.filing_id) ?? [];
    list.push({
      filingId: row.filing_id,
      batchId: row.batch_id,
      batchNo: row.batch_no,
      occupationCode: row.code,
      level: row.level,
      examDate: row.exam_date,
    });
    batches.set(row.filing_id, list);
  }
  return batches;
}
