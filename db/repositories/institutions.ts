import type { Database } from '../engine';
import type { InstitutionRecord } from '../../shared/store/records';
import { nowIso, statement, toFlag, insertedId } from '../sql';

export interface InstitutionInput {
  uscc: string;
  name: string;
  region?: string | null;
  address?: string | null;
  contact?: string | null;
  phone?: string | null;
  centralSoeBranch?: boolean;
  demo?: boolean;
}

interface InstitutionRow {
  id: number;
  uscc: string;
  name: string;
  region: string | null;
  address: string | null;
  contact: string | null;
  phone: string | null;
  central_soe_branch: number;
  demo: number;
  created_at: string;
  updated_at: string;
}

function fromRow(row: InstitutionRow): InstitutionRecord {
  return {
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    region: row.region,
    address: row.address,
    contact: row.contact,
    phone: row.phone,
    centralSoeBranch: row.central_soe_branch === 1,
    demo: row.demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function values(input: InstitutionInput) {
  return [
    input.uscc,
    input.name,
    input.region ?? null,
    input.address ?? null,
    input.contact ?? null,
    input.phone ?? null,
    toFlag(input.centralSoeBranch ?? false),
    toFlag(input.demo ?? false),
  ];
}

export function insertInstitution(db: Database, input: InstitutionInput, at = nowIso()): number {
  const result = statement(
    db,
    `INSERT INTO institutions (uscc, name, region, address, contact, phone, central_soe_branch, demo, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(...values(input), at, at);
  return insertedId(result);
}

/** Re-import path: the legal entity is matched by USCC; its details are replaced by the newer ones. */
export function upsertInstitutionByUscc(db: Database, input: InstitutionInput, at = nowIso()): { id: number; created: boolean } {
  const existing = findInstitutionByUscc(db, input.uscc);
  if (!existing) return { id: insertInstitution(db, input, at), created: true };
  statement(
    db,
    `UPDATE institutions SET uscc = ?, name = ?, region = ?, address = ?, contact = ?, phone = ?, central_soe_branch = ?,
       demo = ?, updated_at = ? WHERE id = ?`,
  ).run(...values(input), at, existing.id);
  return { id: existing.id, created: false };
}

export function getInstitution(db: Database, id: number): InstitutionRecord | null {
  const row = statement<InstitutionRow>(db, 'SELECT * FROM institutions WHERE id = ?').get(id);
  return row ? fromRow(row) : null;
}

export function findInstitutionByUscc(db: Database, uscc: string): InstitutionRecord | null {
  const row = statement<InstitutionRow>(db, 'SELECT * FROM institutions WHERE uscc = ?').get(uscc);
  return row ? fromRow(row) : null;
}

export function countInstitutions(db: Database, filter: { demo?: boolean } = {}): number {
  const row =
    filter.demo === undefined
      ? statement<{ n: number }>(db, 'SELECT count(*) AS n FROM institutions').get()
      : statement<{ n: number }>(db, 'SELECT count(*) AS n FROM institutions WHERE demo = ?').get(toFlag(filter.demo));
  return row?.n ?? 0;
}
