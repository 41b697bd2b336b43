import type { Database } from 'better-sqlite3';
import { findDevice } from '../../../../db/repositories/devices';
import { getFiling } from '../../../../db/repositories/filings';
import { findFormTemplateByVersion, getFormTemplate } from '../../../../db/repositories/form-templates';
import { setMeta } from '../../../../db/repositories/app-meta';
import { ensureAssignment, listAssignments, type AssignmentRecord } from '../../../../db/repositories/sync-assignments';
import { currentCertificateOfDevice, listRevokedSerials } from '../../../../db/repositories/sync-office';
import { selectRowsWhereIn, type PortableRow } from '../../../../db/repositories/sync-rows';
import { latestSchemaVersion } from '../../../../db/migrations';
import { inTransaction } from '../../../../db/sql';
import { AppError } from '../../../../shared/errors';
import { currentCalendarData } from '../../calendar/stored-calendar';
import { currentTemplate, findTemplateByHash, knownTemplateIds, templateByHash, type TemplateVersion } from '../../templates/template-store';
import { canonicalJson } from '../format/envelope';
import { writePackage } from '../format/package';
import { syncError } from '../format/sync-error';
import { PACK_ENTRIES, PACK_TABLES, type PackTable } from '../pack-contents';
import { readCounter, SYNC_META } from '../role';
import { OFFICE_SENDER, type UnlockedOffice } from './office-keys';

/** One filing to assess with one form: a version by hash, or by id (the version the office added last). */
export interface NewAssignment {
  filingId: number;
  templateId: string;
  templateHash?: string;
}

export interface PackExportInput {
  deviceKey: string;
  /** Assignments to add for the device (earlier assignments stay in every later pack). */
  assignments: readonly NewAssignment[];
  now: Date;
  appVersion: string;
}

/** The same form for every filing (the CLI's `--template`). */
export const withForm = (filingIds: readonly number[], templateId: string, templateHash?: string): NewAssignment[] =>
  filingIds.map((filingId) => (templateHash ? { filingId, templateId, templateHash } : { filingId, templateId }));

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
  const versions = input.assignments.map((a) => chosenVersion(db, a));
  return inTransaction(db, () => {
    input.assignments.forEach(({ filingId }, index) => {
      const version = versions[index] as TemplateVersion;
      if (!getFiling(db, filingId)) throw syncError('SYNC_REFERENCE_UNKNOWN', { reason: 'SYNC_REASON_FILING_MISSING', filingId });
      ensureAssignment(db, {
        deviceKey: input.deviceKey,
        filingId,
        templateId: version.template.id,
        templateVersion: version.template.version,
        templateHash: version.hash,
        createdAt: input.now.toISOString(),
      });
    });
    const assignments = listAssignments(db, input.deviceKey).map((a) => withHash(db, a));
    const tables = collectTables(db, [...new Set(assignments.map((a) => a.filingId))]);
    const carried = [...new Set(assignments.map((a) => a.templateHash))].sort();
    const sequence = readCounter(db, SYNC_META.packSequenceFor(input.deviceKey)) + 1;
    setMeta(db, SYNC_META.packSequenceFor(input.deviceKey), String(sequence));
    const files = new Map<string, Uint8Array>([
      [PACK_ENTRIES.tables, json(tables)],
      [PACK_ENTRIES.assignments, json(assignments)],
      [PACK_ENTRIES.templates, json(carried.map((hash) => ({ hash, template: templateByHash(db, hash) })))],
      [PACK_ENTRIES.holidays, json(currentCalendarData(db))],
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

const formNotFound = (db: Database, id: string) => new AppError('TEMPLATE_NOT_FOUND', { id, known: knownTemplateIds(db) });

/** The stored version the office chose, else the form's current one; either is checked against its hash. */
function chosenVersion(db: Database, assignment: NewAssignment): TemplateVersion {
  if (!assignment.templateHash) return currentTemplate(db, assignment.templateId);
  const template = findTemplateByHash(db, assignment.templateHash);
  if (!template || template.id !== assignment.templateId) throw formNotFound(db, assignment.templateId);
  return { hash: assignment.templateHash, template };
}

/** An assignment written before forms had hashes names its version by id + version; the pack names it by hash. */
function withHash(db: Database, assignment: AssignmentRecord): AssignmentRecord & { templateHash: string } {
  if (assignment.templateHash && getFormTemplate(db, assignment.templateHash)) return { ...assignment, templateHash: assignment.templateHash };
  const stored = findFormTemplateByVersion(db, assignment.templateId, assignment.templateVersion);
  if (!stored) throw formNotFound(db, `${assignment.templateId} ${assignment.templateVersion}`);
  return { ...assignment, templateHash: stored.hash };
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
