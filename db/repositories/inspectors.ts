import type { Database } from '../engine';
import { nowIso, statement, insertedId } from '../sql';

export interface InspectorRecord {
  id: number;
  name: string;
  staffNo: string | null;
  organisation: string | null;
  certificatePem: string | null;
}

interface InspectorRow {
  id: number;
  name: string;
  staff_no: string | null;
  organisation: string | null;
  certificate_pem: string | null;
}

const fromRow = (row: InspectorRow): InspectorRecord => ({
  id: row.id,
  name: row.name,
  staffNo: row.staff_no,
  organisation: row.organisation,
  certificatePem: row.certificate_pem,
});

export function insertInspector(db: Database, input: Omit<InspectorRecord, 'id'>, at = nowIso()): number {
  const result = statement(
    db,
    'INSERT INTO inspectors (name, staff_no, organisation, certificate_pem, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  ).get(input.name, input.staffNo, input.organisation, input.certificatePem, at, at);
  return insertedId(result);
}

/** The office/sync feature sets the certificate once it has issued one. */
export function setInspectorCertificate(db: Database, id: number, certificatePem: string | null, at = nowIso()): void {
  statement(db, 'UPDATE inspectors SET certificate_pem = ?, updated_at = ? WHERE id = ?').run(certificatePem, at, id);
}

export function listInspectors(db: Database): InspectorRecord[] {
  return statement<InspectorRow>(db, 'SELECT id, name, staff_no, organisation, certificate_pem FROM inspectors ORDER BY id').all().map(fromRow);
}
