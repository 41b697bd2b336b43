import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from '../../../../db/engine';
import { setMeta } from '../../../../db/repositories/app-meta';
import { getFiling } from '../../../../db/repositories/filings';
import { getInstitution } from '../../../../db/repositories/institutions';
import { advanceInspectionStatus } from '../../../../db/repositories/inspections';
import { pinnedTemplateHash } from '../../../../db/repositories/inspection-template-pins';
import { getRound } from '../../../../db/repositories/assessment-rounds';
import { inspectionRound } from '../../../../db/repositories/inspection-rounds';
import { listAssignments } from '../../../../db/repositories/sync-assignments';
import { findTemplateByHash } from '../../templates/template-store';
import { selectAllRows, selectRowsWhereIn, type PortableRow } from '../../../../db/repositories/sync-rows';
import { inTransaction } from '../../../../db/sql';
import { BUNDLE_ENTRIES, EXPORTABLE_STATUSES, type BundleInspection } from '../bundle-contents';
import { canonicalJson } from '../format/envelope';
import { sha256 } from '../format/manifest';
import { writePackage } from '../format/package';
import { syncError } from '../format/sync-error';
import { readCounter, SYNC_META } from '../role';
import { OFFICE_SENDER } from '../office/office-keys';
import { unlockField } from './field-identity';
import type { KeySecrets } from './key-protection';

export interface BundleExportInput extends KeySecrets {
  now: Date;
  appVersion: string;
  /** Evidence paths are relative to it; signed PDFs are read from <dataDir>/reports/<inspectionId>/*.pdf. */
  dataDir: string;
}

export interface BundleExportResult {
  bytes: Buffer;
  sequence: number;
  deviceKey: string;
  inspectionIds: number[];
}

export const REPORTS_DIR = 'reports';

/**
 * `bundle export`: every signed inspection of this laptop (cumulative, so the newest bundle alone is complete and
 * bundles may arrive in any order), the whole audit log from the first entry (a chain the office can verify), the
 * signed PDFs and evidence files; signed with the inspector's key, encrypted to the office.
 */
export function buildBundle(db: Database, input: BundleExportInput): BundleExportResult {
  const { identity, key } = unlockField(db, input);
  const assignments = listAssignments(db);
  const inspections = db
    .prepare(`SELECT id FROM inspections WHERE status IN (${EXPORTABLE_STATUSES.map(() => '?').join(',')}) ORDER BY id`)
    .all(...EXPORTABLE_STATUSES) as { id: number }[];
  const files = new Map<string, Uint8Array>();
  for (const { id } of inspections) {
    const entry = inspectionEntry(db, id, assignments, input.dataDir, files);
    files.set(BUNDLE_ENTRIES.inspection(id), Buffer.from(canonicalJson(entry), 'utf8'));
  }
  const pins = inspections.flatMap(({ id }) => {
    const templateHash = pinnedTemplateHash(db, id);
    return templateHash ? [{ remoteId: id, templateHash }] : [];
  });
  const carried = [...new Set(pins.map((p) => p.templateHash))].sort().map((hash) => ({ hash, template: findTemplateByHash(db, hash) }));
  files.set(BUNDLE_ENTRIES.templatePins, Buffer.from(canonicalJson(pins), 'utf8'));
  files.set(BUNDLE_ENTRIES.templates, Buffer.from(canonicalJson(carried.filter((c) => c.template !== null)), 'utf8'));
  // Rounds travel beside the inspection entries, like the pins, so an entry's hash does not depend on them.
  const links = inspections.flatMap(({ id }) => {
    const link = inspectionRound(db, id);
    return link ? [{ remoteId: id, ...link }] : [];
  });
  const rounds = [...new Set(links.map((l) => l.roundUid))].sort().flatMap((roundUid) => {
    const round = getRound(db, roundUid);
    return round ? [round] : [];
  });
  files.set(BUNDLE_ENTRIES.rounds, Buffer.from(canonicalJson(rounds), 'utf8'));
  files.set(BUNDLE_ENTRIES.inspectionRounds, Buffer.from(canonicalJson(links), 'utf8'));
  files.set(BUNDLE_ENTRIES.audit, Buffer.from(canonicalJson(selectAllRows(db, 'audit_log', 'seq')), 'utf8'));
  const sequence = readCounter(db, SYNC_META.bundleSequence) + 1;
  const bytes = writePackage({
    kind: 'resultBundle',
    sender: identity.deviceKey,
    recipient: OFFICE_SENDER,
    recipientCertificatePem: identity.officeCertificatePem,
    sequence,
    createdAt: input.now.toISOString(),
    appVersion: input.appVersion,
    meta: { inspections: inspections.length, inspectorName: identity.inspectorName },
    files,
    signerKey: key,
    signerCertificatePem: identity.certificatePem,
  });
  return { bytes, sequence, deviceKey: identity.deviceKey, inspectionIds: inspections.map((i) => i.id) };
}

function inspectionEntry(
  db: Database,
  id: number,
  assignments: ReturnType<typeof listAssignments>,
  dataDir: string,
  files: Map<string, Uint8Array>,
): BundleInspection {
  const [inspection] = selectRowsWhereIn(db, 'inspections', 'id', [id]);
  if (!inspection) throw new Error(`inspection ${id} vanished`);
  const { status: _status, updated_at: _updatedAt, ...signedContent } = inspection;
  const filing = getFiling(db, Number(inspection['filing_id']));
  const institution = filing ? getInstitution(db, filing.institutionId) : null;
  if (!filing || !institution) throw syncError('SYNC_EXPORT_FAILED', { reason: 'SYNC_REASON_INSPECTION_FILING_MISSING', inspectionId: id });
  const evidence = selectRowsWhereIn(db, 'evidence', 'inspection_id', [id]);
  const entryFiles: BundleInspection['files'] = [];
  for (const row of evidence) {
    const path = join(dataDir, String(row['relative_path']));
    const bytes = existsSync(path) ? readFileSync(path) : null;
    if (!bytes || sha256(bytes) !== row['sha256'])
      throw syncError('SYNC_EXPORT_FAILED', { reason: 'SYNC_REASON_EVIDENCE_CHANGED', path: String(row['relative_path']) });
    const entry = BUNDLE_ENTRIES.evidence(id, Number(row['id']));
    files.set(entry, bytes);
    entryFiles.push({ kind: 'evidence', name: basename(String(row['relative_path'])), entry, evidenceId: Number(row['id']) });
  }
  for (const pdf of signedPdfs(dataDir, id)) {
    const entry = BUNDLE_ENTRIES.pdf(id, pdf.name);
    files.set(entry, pdf.bytes);
    entryFiles.push({ kind: 'pdf', name: pdf.name, entry, evidenceId: null });
  }
  return {
    remoteId: id,
    remoteParentId: inspection['parent_id'] === null ? null : Number(inspection['parent_id']),
    assignmentUid: assignments.find((a) => a.filingId === filing.id && a.templateId === inspection['template_id'])?.uid ?? null,
    filing: { id: filing.id, uscc: institution.uscc, filingNo: filing.filingNo },
    inspection: signedContent as PortableRow,
    answers: selectRowsWhereIn(db, 'answers', 'inspection_id', [id]),
    draws: selectRowsWhereIn(db, 'sampling_draws', 'inspection_id', [id]),
    findings: selectRowsWhereIn(db, 'findings', 'inspection_id', [id]),
    signatures: selectRowsWhereIn(db, 'signatures', 'inspection_id', [id]),
    evidence,
    files: entryFiles,
  };
}

function signedPdfs(dataDir: string, inspectionId: number): { name: string; bytes: Buffer }[] {
  const dir = join(dataDir, REPORTS_DIR, String(inspectionId));
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.pdf') && /^[^/\\:]{1,200}$/.test(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/**
 * Writes the bundle next to its destination and renames it into place (a half-written file never carries the final
 * name), then records the sequence and marks the inspections exported.
 */
export function exportBundleToFile(db: Database, outPath: string, input: BundleExportInput & { actor: string }): BundleExportResult {
  const result = buildBundle(db, input);
  const temporary = join(dirname(outPath), `.${basename(outPath)}.partial`);
  try {
    writeFileSync(temporary, result.bytes);
    renameSync(temporary, outPath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw syncError('SYNC_EXPORT_FAILED', { detail: error instanceof Error ? error.message : String(error) });
  }
  inTransaction(db, () => {
    setMeta(db, SYNC_META.bundleSequence, String(result.sequence));
    const pending = db.prepare("SELECT id FROM inspections WHERE status IN ('signed', 'locked') ORDER BY id").all() as { id: number }[];
    const at = input.now.toISOString();
    for (const { id } of pending)
      if (result.inspectionIds.includes(id)) advanceInspectionStatus(db, id, 'exported', input.actor, `结果包 #${result.sequence}`, at);
  });
  return result;
}
