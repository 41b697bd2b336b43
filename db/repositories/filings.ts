import type { Database } from '../engine';
import type { InstitutionKind, InstitutionNature } from '../../shared/store/enums';
import type { FilingRecord } from '../../shared/store/records';
import { nowIso, statement, insertedId } from '../sql';
import { selectInChunks } from '../sql-batch';

export interface FilingInput {
  institutionId: number;
  kind: InstitutionKind;
  nature?: InstitutionNature | null;
  listedName: string;
  filingNo: string;
  filingYear: number;
  filedOn?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

interface FilingRow {
  id: number;
  institution_id: number;
  kind: InstitutionKind;
  nature: InstitutionNature | null;
  listed_name: string;
  filing_no: string;
  filing_year: number;
  filed_on: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

function fromRow(row: FilingRow): FilingRecord {
  return {
    id: row.id,
    institutionId: row.institution_id,
    kind: row.kind,
    nature: row.nature,
    listedName: row.listed_name,
    filingNo: row.filing_no,
    filingYear: row.filing_year,
    filedOn: row.filed_on,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

const detailValues = (input: FilingInput) => [
  input.kind,
  input.nature ?? null,
  input.listedName,
  input.filingYear,
  input.filedOn ?? null,
  input.validFrom ?? null,
  input.validTo ?? null,
];

export function insertFiling(db: Database, input: FilingInput, at = nowIso()): number {
  const result = statement(
    db,
    `INSERT INTO filings (kind, nature, listed_name, filing_year, filed_on, valid_from, valid_to, institution_id, filing_no, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(...detailValues(input), input.institutionId, input.filingNo, at, at);
  return insertedId(result);
}

/** Re-import path: a filing is matched by its institution (USCC) and filing number, so importing twice adds nothing. */
export function upsertFiling(db: Database, input: FilingInput, at = nowIso()): { id: number; created: boolean } {
  const existing = findFiling(db, input.institutionId, input.filingNo);
  if (!existing) return { id: insertFiling(db, input, at), created: true };
  statement(
    db,
    `UPDATE filings SET kind = ?, nature = ?, listed_name = ?, filing_year = ?, filed_on = ?, valid_from = ?, valid_to = ?,
       updated_at = ? WHERE id = ?`,
  ).run(...detailValues(input), at, existing.id);
  return { id: existing.id, created: false };
}

export function findFiling(db: Database, institutionId: number, filingNo: string): FilingRecord | null {
  const row = statement<FilingRow>(db, 'SELECT * FROM filings WHERE institution_id = ? AND filing_no = ?').get(institutionId, filingNo);
  return row ? fromRow(row) : null;
}

export function getFiling(db: Database, id: number): FilingRecord | null {
  const row = statement<FilingRow>(db, 'SELECT * FROM filings WHERE id = ?').get(id);
  return row ? fromRow(row) : null;
}

/** The filing number and its institution's USCC for each of `ids` found (a bundle's references), in few statements. */
export function filingKeys(db: Database, ids: readonly number[]): Map<number, { filingNo: string; uscc: string }> {
  const rows = selectInChunks<{ id: number; filing_no: string; uscc: string }>(
    db,
    ids,
    (list) =>
      `SELECT f.id AS id, f.filing_no AS filing_no, i.uscc AS uscc FROM filings f JOIN institutions i ON i.id = f.institution_id WHERE f.id IN (${list})`,
  );
  return new Map(rows.map((row) => [Number(row.id), { filingNo: row.filing_no, uscc: row.uscc }]));
}

/** The filing year of each of `ids` found, in few statements. */
export function filingYearsOf(db: Database, ids: readonly number[]): Map<number, number> {
  const rows = selectInChunks<{ id: number; filing_year: number }>(
    db,
    [...new Set(ids)],
    (list) => `SELECT id, filing_year FROM filings WHERE id IN (${list})`,
  );
  return new Map(rows.map((row) => [Number(row.id), Number(row.filing_year)]));
}

export function listFilingsOfInstitution(db: Database, institutionId: number): FilingRecord[] {
  return statement<FilingRow>(db, 'SELECT * FROM filings WHERE institution_id = ? ORDER BY filing_year, id').all(institutionId).map(fromRow);
}

export function countFilings(db: Database): number {
  return statement<{ n: number }>(db, 'SELECT count(*) AS n FROM filings').get()?.n ?? 0;
}
