import type { Database } from 'better-sqlite3';
import {
  findImportedVersion,
  getDeviceSyncState,
  insertImportedFile,
  insertImportedInspection,
  isManifestImported,
  latestImportedInspectionId,
  recordImport,
  saveDeviceSyncState,
  storeDeviceAuditEntry,
} from '../../../../db/repositories/sync-imports';
import { upsertRow, type PortableRow } from '../../../../db/repositories/sync-rows';
import { pinInspectionTemplate } from '../../../../db/repositories/inspection-template-pins';
import { findFormTemplateByVersion, getFormTemplate } from '../../../../db/repositories/form-templates';
import { inTransaction } from '../../../../db/sql';
import { ensureRound } from '../../../../db/repositories/assessment-rounds';
import { linkInspectionRound } from '../../../../db/repositories/inspection-rounds';
import type { InspectionRoundLink } from '../../../../shared/domain/rounds/types';
import { storeReceivedTemplate } from '../../templates/template-store';
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
  return inTransaction(db, () => applyBundle(db, bundle, now.toISOString()));
}

function applyBundle(db: Database, bundle: VerifiedBundle, at: string): BundleImportReport {
  let added = 0;
  let unchanged = 0;
  const touched = new Set<string>();
  for (const form of bundle.forms) storeReceivedTemplate(db, form, at);
  for (const round of bundle.rounds) ensureRound(db, { ...round, origin: 'received' });
  bundle.inspections.forEach((inspection, index) => {
    if (findImportedVersion(db, bundle.deviceKey, inspection.entry.remoteId, inspection.contentSha256)) {
      unchanged += 1;
      return;
    }
    insertInspection(db, bundle, inspection, at);
    touched.add(conflictKeyOf(inspection.entry, bundle.links.get(inspection.entry.remoteId) ?? null));
    added += 1;
    if (index === Math.floor(bundle.inspections.length / 2)) crashPoint('bundle-import:halfway');
  });
  for (const row of bundle.audit) {
    if (!storeDeviceAuditEntry(db, bundle.deviceKey, Number(row['seq']), String(row['hash']), canonicalJson(row))) {
      throw syncError('SYNC_AUDIT_BROKEN', { reason: 'SYNC_REASON_AUDIT_DIFFERS', deviceKey: bundle.deviceKey, seq: String(row['seq']) });
    }
  }
  const conflicts = [...touched].filter((key) => versionsUnder(db, key) > 1).sort();
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

function versionsUnder(db: Database, conflictKey: string): number {
  const heads = db
    .prepare(
      `SELECT count(*) AS n FROM sync_imported_inspections s WHERE conflict_key = ?
         AND NOT EXISTS (SELECT 1 FROM sync_imported_inspections c WHERE c.device_key = s.device_key AND c.remote_parent_id = s.remote_id)`,
    )
    .get(conflictKey) as { n: number };
  return heads.n;
}

/** Copies one inspection and its rows with new office ids; foreign keys inside the inspection are mapped. */
function insertInspection(db: Database, bundle: VerifiedBundle, inspection: VerifiedInspection, at: string): void {
  const { entry } = inspection;
  const parentId = entry.remoteParentId === null ? null : latestImportedInspectionId(db, bundle.deviceKey, entry.remoteParentId);
  if (entry.remoteParentId !== null && parentId === null)
    throw syncError('SYNC_ENTRY_MISMATCH', { reason: 'SYNC_REASON_PARENT_MISSING', remoteId: entry.remoteId });
  const row: PortableRow = { ...entry.inspection, status: 'locked', updated_at: entry.inspection['created_at'] ?? at };
  const inspectionId = upsertRow(db, 'inspections', row, null, { id: null, parent_id: parentId });
  for (const answer of entry.answers) upsertRow(db, 'answers', answer, null, { inspection_id: inspectionId });
  const drawIds = new Map<number, number>();
  for (const draw of entry.draws)
    drawIds.set(Number(draw['id']), upsertRow(db, 'sampling_draws', draw, null, { id: null, inspection_id: inspectionId }));
  const findingIds = new Map<number, number>();
  for (const finding of entry.findings) {
    const drawId = finding['draw_id'] === null ? null : (drawIds.get(Number(finding['draw_id'])) ?? null);
    findingIds.set(Number(finding['id']), upsertRow(db, 'findings', finding, null, { id: null, inspection_id: inspectionId, draw_id: drawId }));
  }
  for (const signature of entry.signatures) upsertRow(db, 'signatures', signature, null, { id: null, inspection_id: inspectionId });
  for (const evidence of entry.evidence) {
    const findingId = evidence['finding_id'] === null ? null : (findingIds.get(Number(evidence['finding_id'])) ?? null);
    const relativePath = `imported/${bundle.deviceKey}/${inspectionId}/${String(evidence['id'])}`;
    upsertRow(db, 'evidence', evidence, null, { id: null, inspection_id: inspectionId, finding_id: findingId, relative_path: relativePath });
  }
  for (const file of entry.files) {
    const content = bundle.files.get(file.entry);
    if (!content) throw syncError('SYNC_ENTRY_MISMATCH', { detail: file.entry });
    insertImportedFile(db, {
      inspectionId,
      kind: file.kind,
      name: file.kind === 'evidence' ? `${file.evidenceId}-${file.name}` : file.name,
      sha256: sha256(content),
      content,
    });
  }
  pinImported(db, bundle, entry, inspectionId);
  const link = bundle.links.get(entry.remoteId) ?? null;
  if (link) linkInspectionRound(db, inspectionId, link);
  insertImportedInspection(db, {
    deviceKey: bundle.deviceKey,
    remoteId: entry.remoteId,
    remoteParentId: entry.remoteParentId,
    contentSha256: inspection.contentSha256,
    inspectionId,
    conflictKey: conflictKeyOf(entry, link),
    signerSerial: bundle.signerSerial,
    importedAt: at,
  });
}

/**
 * The laptop's pin (its version is stored by now: held here, or carried and stored first); for a laptop from before
 * form versions, the version this office holds under the id + version.
 */
function pinImported(db: Database, bundle: VerifiedBundle, entry: VerifiedInspection['entry'], inspectionId: number): void {
  const pinned = bundle.pins.get(entry.remoteId);
  const hash = pinned
    ? getFormTemplate(db, pinned)?.hash
    : findFormTemplateByVersion(db, String(entry.inspection['template_id']), String(entry.inspection['template_version']))?.hash;
  if (hash) pinInspectionTemplate(db, inspectionId, hash);
}
