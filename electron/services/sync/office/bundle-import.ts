import type { Database } from '../../../../db/engine';
import {
  getDeviceSyncState,
  importedVersions,
  insertImportedFiles,
  insertImportedInspections,
  isManifestImported,
  latestImportedInspectionIds,
  recordImport,
  saveDeviceSyncState,
  storeDeviceAuditEntries,
} from '../../../../db/repositories/sync-imports';
import { insertPortableRows, type PortableRow } from '../../../../db/repositories/sync-rows';
import { pinInspectionTemplates } from '../../../../db/repositories/inspection-template-pins';
import { reserveIds } from '../../../../db/engine/identity';
import { selectInChunks } from '../../../../db/sql-batch';
import { findFormTemplateByVersion, getFormTemplate } from '../../../../db/repositories/form-templates';
import { inTransaction } from '../../../../db/sql';
import { ensureRound } from '../../../../db/repositories/assessment-rounds';
import { linkInspectionRounds } from '../../../../db/repositories/inspection-rounds';
import type { InspectionRoundLink } from '../../../../shared/domain/rounds/types';
import { storeReceivedTemplate } from '../../templates/template-store';
import { inspectionsByIds } from '../../../../db/repositories/inspections';
import { storeImportedScores } from '../review/score-inspection';
import { canonicalJson } from '../format/envelope';
import { sha256 } from '../format/manifest';
import { syncError } from '../format/sync-error';
import { requireRole } from '../role';
import { crashPoint } from './crash-point';
import { checkHistoryExtends, checkSequenceInRange } from './device-history';
import { verifyBundle, type OfficeReceiver, type VerifiedBundle, type VerifiedInspection } from './bundle-open';

export type BundleImportStatus = 'imported' | 'alreadyImported' | 'stale';

export interface BundleImportReport {
  status: BundleImportStatus;
  deviceKey: string;
  sequence: number;
  manifestSha256: string;
  added: number;
  unchanged: number;
  /** Conflict keys (conflictKeyOf) this bundle touched that now hold more than one version. */
  conflicts: string[];
  message: string;
}

/**
 * One assessment: two versions of it from different sources are a conflict. With rounds, the filing's assessment in a
 * round or the follow-up of a rectification (different rounds of a filing are its history); without (laptops from
 * before rounds), the filing with one form.
 */
export const conflictKeyOf = (entry: VerifiedInspection['entry'], link: InspectionRoundLink | null): string => {
  if (!link) return `${entry.filing.id}:${String(entry.inspection['template_id'])}`;
  return link.purpose === 'followUp' ? `followUp:${link.rectificationUid}` : `round:${link.roundUid}:${entry.filing.id}`;
};

/**
 * `bundle import`: verify everything first (verifyBundle writes nothing), then apply in one IMMEDIATE transaction.
 * The same bundle again → alreadyImported; an older or replayed sequence from the device → stale; both change nothing.
 * A sequence past the window, or an audit segment that does not extend the chain already held, is refused.
 * A version of an inspection the office already holds with different content is added beside it, never over it.
 */
export function importBundle(db: Database, bytes: Buffer, office: OfficeReceiver, now: Date): BundleImportReport {
  requireRole(db, 'office');
  const bundle = verifyBundle(db, bytes, office, now);
  crashPoint('bundle-import:verified');
  const base = {
    deviceKey: bundle.deviceKey,
    sequence: bundle.sequence,
    manifestSha256: bundle.manifestSha256,
    added: 0,
    unchanged: 0,
    conflicts: [],
  };
  // The checks run inside the write transaction: another office process importing the same bundle (or the device's
  // next one) at the same moment is serialised by it, so the second sees the first's import and changes nothing.
  return inTransaction(db, () => {
    if (isManifestImported(db, bundle.manifestSha256)) return { ...base, status: 'alreadyImported', message: '此结果包已导入过，未做任何改动。' };
    const state = getDeviceSyncState(db, bundle.deviceKey);
    checkSequenceInRange(bundle.deviceKey, bundle.sequence, state?.lastSequence ?? 0);
    if (state && bundle.sequence <= state.lastSequence) {
      return {
        ...base,
        status: 'stale',
        message: `设备 ${bundle.deviceKey} 已导入过序号 ${state.lastSequence} 的结果包，此包（序号 ${bundle.sequence}）较旧或为重放，未做任何改动。`,
      };
    }
    checkHistoryExtends(db, bundle.deviceKey, bundle.audit);
    return applyBundle(db, bundle, now.toISOString());
  });
}

function applyBundle(db: Database, bundle: VerifiedBundle, at: string): BundleImportReport {
  for (const form of bundle.forms) storeReceivedTemplate(db, form, at);
  for (const round of bundle.rounds) ensureRound(db, { ...round, origin: 'received' });
  const held = importedVersions(
    db,
    bundle.deviceKey,
    bundle.inspections.map((inspection) => inspection.entry.remoteId),
  );
  const fresh = bundle.inspections.filter((inspection) => !held.get(inspection.entry.remoteId)?.has(inspection.contentSha256));
  const added = fresh.length;
  const unchanged = bundle.inspections.length - added;
  const rows = importRows(db, bundle, fresh, at);
  writeImportRows(db, rows);
  // Locked and pinned, their scores are fixed now: stored with them, so the review list and 附件4 need not score again.
  storeImportedScores(
    db,
    inspectionsByIds(
      db,
      rows.imported.map((record) => record.inspectionId),
    ),
  );
  const differs = storeDeviceAuditEntries(
    db,
    bundle.deviceKey,
    bundle.audit.map((row) => ({ seq: Number(row['seq']), hash: String(row['hash']), entryJson: canonicalJson(row) })),
  );
  if (differs !== null)
    throw syncError('SYNC_AUDIT_BROKEN', { reason: 'SYNC_REASON_AUDIT_DIFFERS', deviceKey: bundle.deviceKey, seq: String(differs) });
  const touched = [...new Set(rows.imported.map((record) => record.conflictKey))];
  const heads = headsUnder(db, touched);
  const conflicts = touched.filter((key) => (heads.get(key) ?? 0) > 1).sort();
  const report: BundleImportReport = {
    status: 'imported',
    deviceKey: bundle.deviceKey,
    sequence: bundle.sequence,
    manifestSha256: bundle.manifestSha256,
    added,
    unchanged,
    conflicts,
    message: `已导入 ${added} 份核查记录（${unchanged} 份此前已导入）${conflicts.length > 0 ? `,${conflicts.length} 处冲突待复核` : ''}。`,
  };
  saveDeviceSyncState(db, {
    deviceKey: bundle.deviceKey,
    lastSequence: bundle.sequence,
    lastManifestSha256: bundle.manifestSha256,
    lastImportedAt: at,
  });
  recordImport(db, { manifestSha256: bundle.manifestSha256, deviceKey: bundle.deviceKey, sequence: bundle.sequence, importedAt: at, report });
  crashPoint('bundle-import:before-commit');
  return report;
}

/** How many versions (heads: no later version of the same inspection from its device) each conflict key holds. */
function headsUnder(db: Database, conflictKeys: readonly string[]): Map<string, number> {
  const rows = selectInChunks<{ conflict_key: string; n: number }>(
    db,
    conflictKeys,
    (list) =>
      `SELECT s.conflict_key AS conflict_key, count(*) AS n FROM sync_imported_inspections s WHERE s.conflict_key IN (${list})
         AND NOT EXISTS (SELECT 1 FROM sync_imported_inspections c WHERE c.device_key = s.device_key AND c.remote_parent_id = s.remote_id)
       GROUP BY s.conflict_key`,
  );
  return new Map(rows.map((row) => [row.conflict_key, Number(row.n)]));
}

type RowWithOverride = { row: PortableRow; override: Record<string, string | number | null> };

/** Everything one import writes, table by table, in the order of the inspections (see writeImportRows). */
interface ImportRows {
  inspections: RowWithOverride[];
  answers: RowWithOverride[];
  draws: RowWithOverride[];
  findings: RowWithOverride[];
  signatures: RowWithOverride[];
  evidence: RowWithOverride[];
  files: Parameters<typeof insertImportedFiles>[1][number][];
  pins: { inspectionId: number; templateHash: string }[];
  links: { inspectionId: number; link: InspectionRoundLink }[];
  imported: Parameters<typeof insertImportedInspections>[1][number][];
}

/**
 * Copies the new inspections and their rows with new office ids; foreign keys inside an inspection are mapped. The
 * ids are reserved first (reserveIds), in the order one-row inserts would have taken them, so the rows can be written
 * many to a statement and still refer to each other.
 */
function importRows(db: Database, bundle: VerifiedBundle, fresh: readonly VerifiedInspection[], at: string): ImportRows {
  const rows: ImportRows = {
    inspections: [],
    answers: [],
    draws: [],
    findings: [],
    signatures: [],
    evidence: [],
    files: [],
    pins: [],
    links: [],
    imported: [],
  };
  const entries = fresh.map((inspection) => inspection.entry);
  const inspectionIds = reserveIds(db, 'inspections', entries.length);
  const drawId = idsFor(
    db,
    'sampling_draws',
    sum(entries, (entry) => entry.draws.length),
  );
  const findingId = idsFor(
    db,
    'findings',
    sum(entries, (entry) => entry.findings.length),
  );
  const signatureId = idsFor(
    db,
    'signatures',
    sum(entries, (entry) => entry.signatures.length),
  );
  const evidenceId = idsFor(
    db,
    'evidence',
    sum(entries, (entry) => entry.evidence.length),
  );
  // The newest version held of each parent; a parent earlier in this bundle is replaced by its new copy below.
  const latest = latestImportedInspectionIds(
    db,
    bundle.deviceKey,
    entries.flatMap((entry) => (entry.remoteParentId === null ? [] : [entry.remoteParentId])),
  );
  const templateHashOf = templateHashes(db);
  fresh.forEach((inspection, index) => {
    const { entry } = inspection;
    const inspectionId = inspectionIds[index] as number;
    const parentId = entry.remoteParentId === null ? null : (latest.get(entry.remoteParentId) ?? null);
    if (entry.remoteParentId !== null && parentId === null)
      throw syncError('SYNC_ENTRY_MISMATCH', { reason: 'SYNC_REASON_PARENT_MISSING', remoteId: entry.remoteId });
    latest.set(entry.remoteId, inspectionId);
    const row: PortableRow = { ...entry.inspection, status: 'locked', updated_at: entry.inspection['created_at'] ?? at };
    rows.inspections.push({ row, override: { id: inspectionId, parent_id: parentId } });
    for (const answer of entry.answers) rows.answers.push({ row: answer, override: { inspection_id: inspectionId } });
    const drawOf = new Map<number, number>();
    for (const draw of entry.draws) {
      const id = drawId();
      drawOf.set(Number(draw['id']), id);
      rows.draws.push({ row: draw, override: { id, inspection_id: inspectionId } });
    }
    const findingOf = new Map<number, number>();
    for (const finding of entry.findings) {
      const id = findingId();
      const drawId = finding['draw_id'] === null ? null : (drawOf.get(Number(finding['draw_id'])) ?? null);
      findingOf.set(Number(finding['id']), id);
      rows.findings.push({ row: finding, override: { id, inspection_id: inspectionId, draw_id: drawId } });
    }
    for (const signature of entry.signatures) rows.signatures.push({ row: signature, override: { id: signatureId(), inspection_id: inspectionId } });
    for (const evidence of entry.evidence) {
      const findingId = evidence['finding_id'] === null ? null : (findingOf.get(Number(evidence['finding_id'])) ?? null);
      const relativePath = `imported/${bundle.deviceKey}/${inspectionId}/${String(evidence['id'])}`;
      rows.evidence.push({
        row: evidence,
        override: { id: evidenceId(), inspection_id: inspectionId, finding_id: findingId, relative_path: relativePath },
      });
    }
    for (const file of entry.files) {
      const content = bundle.files.get(file.entry);
      if (!content) throw syncError('SYNC_ENTRY_MISMATCH', { detail: file.entry });
      rows.files.push({
        inspectionId,
        kind: file.kind,
        name: file.kind === 'evidence' ? `${file.evidenceId}-${file.name}` : file.name,
        sha256: sha256(content),
        content,
      });
    }
    const templateHash = templateHashOf(bundle, entry);
    if (templateHash) rows.pins.push({ inspectionId, templateHash });
    const link = bundle.links.get(entry.remoteId) ?? null;
    if (link) rows.links.push({ inspectionId, link });
    rows.imported.push({
      deviceKey: bundle.deviceKey,
      remoteId: entry.remoteId,
      remoteParentId: entry.remoteParentId,
      contentSha256: inspection.contentSha256,
      inspectionId,
      conflictKey: conflictKeyOf(entry, link),
      signerSerial: bundle.signerSerial,
      importedAt: at,
    });
  });
  return rows;
}

/** Parents before children: each table after the ones it refers to (an inspection may refer to one before it). */
function writeImportRows(db: Database, rows: ImportRows): void {
  insertPortableRows(db, 'inspections', rows.inspections);
  insertPortableRows(db, 'answers', rows.answers);
  if (rows.inspections.length > 0) crashPoint('bundle-import:halfway');
  insertPortableRows(db, 'sampling_draws', rows.draws);
  insertPortableRows(db, 'findings', rows.findings);
  insertPortableRows(db, 'signatures', rows.signatures);
  insertPortableRows(db, 'evidence', rows.evidence);
  insertImportedFiles(db, rows.files);
  pinInspectionTemplates(db, rows.pins);
  linkInspectionRounds(db, rows.links);
  insertImportedInspections(db, rows.imported);
}

/** The next of `count` ids reserved for `table`, one per call. */
function idsFor(db: Database, table: string, count: number): () => number {
  const ids = reserveIds(db, table, count);
  let next = 0;
  return () => {
    const id = ids[next++];
    if (id === undefined) throw new Error(`more ${table} rows than ids reserved`);
    return id;
  };
}

const sum = <T>(items: readonly T[], count: (item: T) => number): number => items.reduce((n, item) => n + count(item), 0);

/**
 * The form version each inspection is pinned to: the laptop's pin (its version is stored by now: held here, or
 * carried and stored first); for a laptop from before form versions, the version this office holds under the id +
 * version. Looked up once per version, not per inspection.
 */
function templateHashes(db: Database): (bundle: VerifiedBundle, entry: VerifiedInspection['entry']) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (bundle, entry) => {
    const pinned = bundle.pins.get(entry.remoteId);
    const templateId = String(entry.inspection['template_id']);
    const templateVersion = String(entry.inspection['template_version']);
    const key = pinned ? `hash:${pinned}` : `version:${JSON.stringify([templateId, templateVersion])}`;
    if (!known.has(key))
      known.set(key, pinned ? getFormTemplate(db, pinned)?.hash : findFormTemplateByVersion(db, templateId, templateVersion)?.hash);
    return known.get(key);
  };
}
