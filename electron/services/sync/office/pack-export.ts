import type { Database } from 'better-sqlite3';
import { findDevice } from '../../../../db/repositories/devices';
import { getFiling } from '../../../../db/repositories/filings';
import { setMeta } from '../../../../db/repositories/app-meta';
import { ensureAssignment, listAssignments } from '../../../../db/repositories/sync-assignments';
import { currentCertificateOfDevice, listRevokedSerials } from '../../../../db/repositories/sync-office';
import { selectRowsWhereIn, type PortableRow } from '../../../../db/repositories/sync-rows';
import { latestSchemaVersion } from '../../../../db/migrations';
import { inTransaction } from '../../../../db/sql';
import { HOLIDAYS_CN } from '../../../../shared/domain/deadlines';
import { getTemplate } from '../../../../shared/domain/templates';
import { canonicalJson } from '../format/envelope';
import { writePackage } from '../format/package';
import { syncError } from '../format/sync-error';
import { PACK_ENTRIES, PACK_TABLES, type PackTable } from '../pack-contents';
import { readCounter, SYNC_META } from '../role';
import { OFFICE_SENDER, type UnlockedOffice } from './office-keys';

/** One filing to assess with one form. */
export interface NewAssignment {
  filingId: number;
  templateId: string;
}

export interface PackExportInput {
  deviceKey: string;
  /** Assignments to add for the device (earlier assignments stay in every later pack). */
  assignments: readonly NewAssignment[];
  now: Date;
  appVersion: string;
}

/** The same form for every filing (the CLI's `--template`). */
export const withForm = (filingIds: readonly number[], templateId: string): NewAssignment[] =>
  filingIds.map((filingId) => ({ filingId, templateId }));

export interface PackExportResult {
  bytes: Buffer;
  sequence: number;
  assignments: number;
  filings: number;
  candidates: number;
}

const json = (value: unknown): Buffer => Buffer.from(canonicalJson(value), 'utf8');

/**
 * `pack export`: everything one laptop needs for its assignments, signed by the office and encrypted to the laptop's
 * certificate (the candidates' ID numbers are personal data). The pack is complete, not a delta: loading the
 * newest pack is enough.
 */
export function exportPack(db: Database, office: UnlockedOffice, input: PackExportInput): PackExportResult {
  const device = findDevice(db, input.deviceKey);
  const certificate = device ? currentCertificateOfDevice(db, input.deviceKey) : null;
  if (!device || !certificate) throw syncError('SYNC_UNKNOWN_DEVICE', { reason: 'SYNC_REASON_DEVICE_NOT_ENROLLED', deviceKey: input.deviceKey });
  // Every form is checked before anything is written.
  const templates = input.assignments.map((a) => getTemplate(a.templateId));
  return inTransaction(db, () => {
    input.assignments.forEach(({ filingId }, index) => {
      const template = templates[index] as (typeof templates)[number];
      if (!getFiling(db, filingId)) throw syncError('SYNC_REFERENCE_UNKNOWN', { reason: 'SYNC_REASON_FILING_MISSING', filingId });
      ensureAssignment(db, {
        deviceKey: input.deviceKey,
        filingId,
        templateId: template.id,
        templateVersion: template.version,
        createdAt: input.now.toISOString(),
      });
    });
    const assignments = listAssignments(db, input.deviceKey);
    const tables = collectTables(db, [...new Set(assignments.map((a) => a.filingId))]);
    const templateIds = [...new Set(assignments.map((a) => a.templateId))].sort();
    const sequence = readCounter(db, SYNC_META.packSequenceFor(input.deviceKey)) + 1;
    setMeta(db, SYNC_META.packSequenceFor(input.deviceKey), String(sequence));
    const files = new Map<string, Uint8Array>([
      [PACK_ENTRIES.tables, json(tables)],
      [PACK_ENTRIES.assignments, json(assignments)],
      [PACK_ENTRIES.templates, json(templateIds.map((id) => ({ id, version: getTemplate(id).version, template: getTemplate(id) })))],
      [PACK_ENTRIES.holidays, json(HOLIDAYS_CN)],
      [PACK_ENTRIES.revoked, json(listRevokedSerials(db))],
      [PACK_ENTRIES.caCertificate, Buffer.from(office.caCertificatePem, 'utf8')],
    ]);
    const bytes = writePackage({
      kind: 'assignmentPack',
      sender: OFFICE_SENDER,
      recipient: input.deviceKey,
      recipientCertificatePem: certificate.certificatePem,
      sequence,
      createdAt: input.now.toISOString(),
      appVersion: input.appVersion,
      meta: { dbSchemaVersion: latestSchemaVersion, officeName: office.officeName },
      files,
      signerKey: office.officeKey,
      signerCertificatePem: office.officeCertificatePem,
    });
    return { bytes, sequence, assignments: assignments.length, filings: tables.filings.length, candidates: tables.candidates.length };
  });
}

function collectTables(db: Database, filingIds: number[]): Record<PackTable, PortableRow[]> {
  const ids = (rows: PortableRow[], column: string) => [...new Set(rows.map((row) => row[column] as number))];
  const filings = selectRowsWhereIn(db, 'filings', 'id', filingIds);
  const institutions = selectRowsWhereIn(db, 'institutions', 'id', ids(filings, 'institution_id'));
  const occupations = selectRowsWhereIn(db, 'filed_occupations', 'filing_id', filingIds);
  const levels = selectRowsWhereIn(db, 'filed_levels', 'filed_occupation_id', ids(occupations, 'id'));
  const batches = selectRowsWhereIn(db, 'batches', 'filing_id', filingIds);
  const candidates = selectRowsWhereIn(db, 'candidates', 'batch_id', ids(batches, 'id'));
  const tables: Record<PackTable, PortableRow[]> = {
    institutions,
    filings,
    filed_occupations: occupations,
    filed_levels: levels,
    batches,
    candidates,
  };
  return Object.fromEntries(PACK_TABLES.map((t) => [t, tables[t]])) as Record<PackTable, PortableRow[]>;
}
