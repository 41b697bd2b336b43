import type { Database } from '../../../../db/engine';
import type { z } from 'zod';
import { getRound } from '../../../../db/repositories/assessment-rounds';
import { getRectification } from '../../../../db/repositories/rectifications';
import type { AssessmentRound, FollowUpScope } from '../../../../shared/domain/rounds/types';
import { defaultOfficeRound } from '../../rounds/office-rounds';
import { collectHistory } from './pack-history';
import { findDevice } from '../../../../db/repositories/devices';
import { getFiling } from '../../../../db/repositories/filings';
import { findFormTemplateByVersion, getFormTemplate } from '../../../../db/repositories/form-templates';
import { setMeta } from '../../../../db/repositories/app-meta';
import { ensureAssignment, listAssignments, type AssignmentPanel, type AssignmentRecord } from '../../../../db/repositories/sync-assignments';
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
import { PACK_ENTRIES, PACK_TABLES, type PackTable, type packRectificationsSchema } from '../pack-contents';
import { readCounter, SYNC_META } from '../role';
import { OFFICE_SENDER, type UnlockedOffice } from './office-keys';

/**
 * One filing to assess with one form (a version by hash, or by id: the version the office added last) in a round
 * (default: the office's newest), or a follow-up (整改复查) of a rectification: its filing, form version and round.
 */
export type NewAssignment = AssessmentAssignment | FollowUpAssignment;

export interface AssessmentAssignment {
  filingId: number;
  templateId: string;
  templateHash?: string;
  roundUid?: string;
  /** The panel drawn for the filing (a round's packs); it replaces the panel an earlier pack carried. */
  panel?: AssignmentPanel;
}

export interface FollowUpAssignment {
  rectificationUid: string;
  scope: FollowUpScope;
}

export interface PackExportInput {
  deviceKey: string;
  /** Assignments to add for the device (earlier assignments stay in every later pack). */
  assignments: readonly NewAssignment[];
  now: Date;
  appVersion: string;
}

/** The same form for every filing (the CLI's `--template`). */
export const withForm = (filingIds: readonly number[], templateId: string, templateHash?: string, roundUid?: string): AssessmentAssignment[] =>
  filingIds.map((filingId) => ({ filingId, templateId, ...(templateHash ? { templateHash } : {}), ...(roundUid ? { roundUid } : {}) }));

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
  // Every form, round and rectification is checked before anything is written.
  const resolved = input.assignments.map((a) => resolveAssignment(db, a));
  return inTransaction(db, () => {
    for (const assignment of resolved) {
      if (!getFiling(db, assignment.filingId))
        throw syncError('SYNC_REFERENCE_UNKNOWN', { reason: 'SYNC_REASON_FILING_MISSING', filingId: assignment.filingId });
      ensureAssignment(db, {
        deviceKey: input.deviceKey,
        filingId: assignment.filingId,
        templateId: assignment.version.template.id,
        templateVersion: assignment.version.template.version,
        templateHash: assignment.version.hash,
        createdAt: input.now.toISOString(),
        roundUid: assignment.roundUid ?? defaultOfficeRound(db, input.now).uid,
        rectificationUid: assignment.rectificationUid,
        scope: assignment.scope,
        panel: assignment.panel,
      });
    }
    const assignments = listAssignments(db, input.deviceKey).map((a) => withHash(db, a));
    const filingIds = [...new Set(assignments.map((a) => a.filingId))];
    const tables = collectTables(db, filingIds);
    const rectifications = packRectifications(db, assignments);
    const history = collectHistory(db, filingIds);
    const rounds = packRounds(db, [...assignments, ...rectifications, ...history.entries]);
    const carried = [...new Set(assignments.map((a) => a.templateHash))].sort();
    const sequence = readCounter(db, SYNC_META.packSequenceFor(input.deviceKey)) + 1;
    setMeta(db, SYNC_META.packSequenceFor(input.deviceKey), String(sequence));
    const files = new Map<string, Uint8Array>([
      [PACK_ENTRIES.tables, json(tables)],
      [PACK_ENTRIES.assignments, json(assignments)],
      [PACK_ENTRIES.templates, json(carried.map((hash) => ({ hash, template: templateByHash(db, hash) })))],
      [PACK_ENTRIES.holidays, json(currentCalendarData(db))],
      [PACK_ENTRIES.revoked, json(listRevokedSerials(db))],
      [PACK_ENTRIES.rounds, json(rounds)],
      [PACK_ENTRIES.rectifications, json(rectifications)],
      [PACK_ENTRIES.history, json(history.entries)],
      ...history.pdfs.map(({ entry, content }): [string, Uint8Array] => [entry, content]),
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

interface ResolvedAssignment {
  filingId: number;
  version: TemplateVersion;
  /** Null: the office's newest round, opened on first use (inside the transaction). */
  roundUid: string | null;
  rectificationUid: string | null;
  scope: FollowUpScope | null;
  panel: AssignmentPanel | null;
}

/**
 * A follow-up takes the rectification's filing, the version it was scored with and its round (a rectification of an
 * inspection from before rounds has none: the office's newest round then); an assessment names a round held here.
 */
function resolveAssignment(db: Database, assignment: NewAssignment): ResolvedAssignment {
  if ('rectificationUid' in assignment) {
    const rectification = getRectification(db, assignment.rectificationUid);
    if (!rectification) throw new AppError('RECTIFICATION_NOT_FOUND', { uid: assignment.rectificationUid });
    const template = findTemplateByHash(db, rectification.templateHash);
    if (!template) throw formNotFound(db, rectification.templateHash);
    return {
      filingId: rectification.filingId,
      version: { hash: rectification.templateHash, template },
      roundUid: rectification.roundUid,
      rectificationUid: rectification.uid,
      scope: assignment.scope,
      panel: null,
    };
  }
  if (assignment.roundUid !== undefined && !getRound(db, assignment.roundUid)) throw new AppError('ROUND_NOT_FOUND', { uid: assignment.roundUid });
  return {
    filingId: assignment.filingId,
    version: chosenVersion(db, assignment),
    roundUid: assignment.roundUid ?? null,
    rectificationUid: null,
    scope: null,
    panel: assignment.panel ?? null,
  };
}

/** The rounds the pack's assignments, rectifications and history name (so the laptop can show their names). */
function packRounds(db: Database, named: readonly { roundUid: string | null }[]): AssessmentRound[] {
  const uids = [...new Set(named.flatMap((n) => (n.roundUid === null ? [] : [n.roundUid])))].sort();
  return uids.flatMap((uid) => getRound(db, uid) ?? []);
}

/** The laptop's read-only copy of each rectification a follow-up assignment re-checks (no responses, no decision). */
function packRectifications(db: Database, assignments: readonly AssignmentRecord[]): z.infer<typeof packRectificationsSchema> {
  const uids = [...new Set(assignments.flatMap((a) => (a.rectificationUid === null ? [] : [a.rectificationUid])))].sort();
  return uids.map((uid) => {
    const record = getRectification(db, uid);
    if (!record) throw new AppError('RECTIFICATION_NOT_FOUND', { uid });
    const { inspectionId: _inspectionId, origin: _origin, ...copy } = record;
    return copy;
  });
}

/** The stored version the office chose, else the form's current one; either is checked against its hash. */
function chosenVersion(db: Database, assignment: AssessmentAssignment): TemplateVersion {
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
