import type { Database } from '../engine';
import type { ConflictRelation, PanelRole } from '../../shared/domain/double-random/types';
import { statement, toFlag, insertedId } from '../sql';

/** One expert of the pool (专家库) as stored: the ID number in full (handlers mask it). */
export interface ExpertRecord {
  id: number;
  code: string;
  name: string;
  idNumber: string;
  employerName: string | null;
  employerUscc: string | null;
  region: string | null;
  specialties: string[];
  roles: PanelRole[];
  active: boolean;
  deviceKey: string | null;
  conflicts: ExpertConflictRecord[];
  createdAt: string;
  updatedAt: string;
}

export interface ExpertConflictRecord {
  relation: ConflictRelation;
  uscc: string | null;
  name: string | null;
  note: string | null;
}

export type ExpertInput = Omit<ExpertRecord, 'id' | 'createdAt' | 'updatedAt'>;

interface ExpertRow {
  id: number;
  code: string;
  name: string;
  id_number: string;
  employer_name: string | null;
  employer_uscc: string | null;
  region: string | null;
  specialties_json: string;
  can_lead: 0 | 1;
  can_member: 0 | 1;
  active: 0 | 1;
  device_key: string | null;
  created_at: string;
  updated_at: string;
}

interface ConflictRow {
  expert_id: number;
  relation: ConflictRelation;
  institution_uscc: string | null;
  institution_name: string | null;
  note: string | null;
}

const rolesOf = (row: ExpertRow): PanelRole[] => [...(row.can_lead ? (['lead'] as const) : []), ...(row.can_member ? (['member'] as const) : [])];

const fromRow = (row: ExpertRow, conflicts: ExpertConflictRecord[]): ExpertRecord => ({
  id: row.id,
  code: row.code,
  name: row.name,
  idNumber: row.id_number,
  employerName: row.employer_name,
  employerUscc: row.employer_uscc,
  region: row.region,
  specialties: JSON.parse(row.specialties_json) as string[],
  roles: rolesOf(row),
  active: row.active === 1,
  deviceKey: row.device_key,
  conflicts,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const conflictFromRow = (row: ConflictRow): ExpertConflictRecord => ({
  relation: row.relation,
  uscc: row.institution_uscc,
  name: row.institution_name,
  note: row.note,
});

/** The whole pool, by code (a province has hundreds, not millions: one query each for experts and conflicts). */
export function listExperts(db: Database): ExpertRecord[] {
  const conflicts = new Map<number, ExpertConflictRecord[]>();
  for (const row of statement<ConflictRow>(db, 'SELECT * FROM expert_conflicts ORDER BY expert_id, id').all()) {
    const list = conflicts.get(row.expert_id) ?? [];
    list.push(conflictFromRow(row));
    conflicts.set(row.expert_id, list);
  }
  return statement<ExpertRow>(db, 'SELECT * FROM experts ORDER BY code')
    .all()
    .map((row) => fromRow(row, conflicts.get(row.id) ?? []));
}

export function getExpert(db: Database, id: number): ExpertRecord | null {
  const row = statement<ExpertRow>(db, 'SELECT * FROM experts WHERE id = ?').get(id);
  return row ? withConflicts(db, row) : null;
}

export function findExpertByIdNumber(db: Database, idNumber: string): ExpertRecord | null {
  const row = statement<ExpertRow>(db, 'SELECT * FROM experts WHERE id_number = ?').get(idNumber);
  return row ? withConflicts(db, row) : null;
}

export function findExpertByCode(db: Database, code: string): ExpertRecord | null {
  const row = statement<ExpertRow>(db, 'SELECT * FROM experts WHERE code = ?').get(code);
  return row ? withConflicts(db, row) : null;
}

function withConflicts(db: Database, row: ExpertRow): ExpertRecord {
  const conflicts = statement<ConflictRow>(db, 'SELECT * FROM expert_conflicts WHERE expert_id = ? ORDER BY id').all(row.id);
  return fromRow(row, conflicts.map(conflictFromRow));
}

/** The next free code of the form ZJ00001 (the pool's own numbering, when an import or the window gives none). */
export function nextExpertCode(db: Database): string {
  // The digits are read in TypeScript: GLOB is SQLite's and a regular expression PostgreSQL's, so neither is used.
  const codes = statement<{ code: string }>(db, "SELECT code FROM experts WHERE code LIKE 'ZJ%'").all();
  const numbers = codes.map((row) => /^ZJ([0-9]+)$/.exec(row.code)?.[1]).filter((digits) => digits !== undefined);
  const highest = numbers.reduce((max, digits) => Math.max(max, Number(digits)), 0);
  return `ZJ${String(highest + 1).padStart(5, '0')}`;
}

/** Inserts an expert with its conflicts (call inside a transaction). */
export function insertExpert(db: Database, input: ExpertInput, now: string): ExpertRecord {
  const result = statement(
    db,
    `INSERT INTO experts (code, name, id_number, employer_name, employer_uscc, region, specialties_json, can_lead, can_member, active, device_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(...expertValues(input), now, now);
  const id = insertedId(result);
  replaceConflicts(db, id, input.conflicts);
  return getExpert(db, id) as ExpertRecord;
}

/** Replaces every field and the conflicts of an expert (call inside a transaction). */
export function updateExpert(db: Database, id: number, input: ExpertInput, now: string): ExpertRecord {
  statement(
    db,
    `UPDATE experts SET code = ?, name = ?, id_number = ?, employer_name = ?, employer_uscc = ?, region = ?, specialties_json = ?,
       can_lead = ?, can_member = ?, active = ?, device_key = ?, updated_at = ? WHERE id = ?`,
  ).run(...expertValues(input), now, id);
  replaceConflicts(db, id, input.conflicts);
  return getExpert(db, id) as ExpertRecord;
}

export function setExpertActive(db: Database, id: number, active: boolean, now: string): void {
  statement(db, 'UPDATE experts SET active = ?, updated_at = ? WHERE id = ?').run(toFlag(active), now, id);
}

function replaceConflicts(db: Database, expertId: number, conflicts: readonly ExpertConflictRecord[]): void {
  statement(db, 'DELETE FROM expert_conflicts WHERE expert_id = ?').run(expertId);
  const insert = statement(db, 'INSERT INTO expert_conflicts (expert_id, relation, institution_uscc, institution_name, note) VALUES (?, ?, ?, ?, ?)');
  for (const c of conflicts) insert.run(expertId, c.relation, c.uscc, c.name, c.note);
}

function expertValues(input: ExpertInput): unknown[] {
  return [
    input.code,
    input.name,
    input.idNumber,
    input.employerName,
    input.employerUscc,
    input.region,
    JSON.stringify([...new Set(input.specialties)].sort()),
    toFlag(input.roles.includes('lead')),
    toFlag(input.roles.includes('member')),
    toFlag(input.active),
    input.deviceKey,
  ];
}
