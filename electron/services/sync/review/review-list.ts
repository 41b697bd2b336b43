import type { Database } from 'better-sqlite3';
import { getRound } from '../../../../db/repositories/assessment-rounds';
import { inspectionRound } from '../../../../db/repositories/inspection-rounds';
import type { FollowUpScope, InspectionPurpose } from '../../../../shared/domain/rounds/types';
import { appendAudit } from '../../../../db/repositories/audit-log';
import { getFiling } from '../../../../db/repositories/filings';
import { getInstitution } from '../../../../db/repositories/institutions';
import { requireInspection } from '../../../../db/repositories/inspections';
import {
  getImportedInspection,
  listImportedFiles,
  listImportedInspections,
  setReview,
  type ReviewStatus,
} from '../../../../db/repositories/sync-imports';
import { inTransaction } from '../../../../db/sql';
import { AppError } from '../../../../shared/errors';
import { openRectificationIfOrdered } from '../../rectification/open-rectification';
import { syncError } from '../format/sync-error';
import { requireRole } from '../role';
import { conflictFlags, conflictResolved, isHead } from './conflict-state';
import { scoreInspection } from './score-inspection';

export interface ReviewItem {
  importedId: number;
  inspectionId: number;
  deviceKey: string;
  remoteId: number;
  institutionName: string;
  filingId: number;
  filingNo: string;
  filingYear: number;
  templateId: string;
  inspectionDate: string;
  revision: number;
  scoreHundredths: number | null;
  outcomeLabel: string;
  /** The outcome orders rectification (R-YQ-06): accepting it opens one. */
  ordersRectification: boolean;
  reviewStatus: ReviewStatus;
  reviewComment: string | null;
  /** Another current version of the same assessment (other device, or changed content) and no decision yet (conflict-state.ts). */
  inConflict: boolean;
  /** Superseded by a later revision from the same device. */
  superseded: boolean;
  /** Conflicts group by this key (bundle-import.ts conflictKeyOf): round + filing, the rectification, or filing + form. */
  conflictKey: string;
  /** The round the inspection belongs to; null for inspections of laptops from before rounds. */
  round: { uid: string; name: string } | null;
  purpose: InspectionPurpose;
  scope: FollowUpScope | null;
  rectificationUid: string | null;
  files: { id: number; kind: 'pdf' | 'evidence'; name: string; bytes: number }[];
}

export interface ConflictGroup {
  conflictKey: string;
  institutionName: string;
  filingNo: string;
  /** Derived by conflictResolved (conflict-state.ts), the same rule as every version's inConflict. */
  resolved: boolean;
  versions: ReviewItem[];
}

export function listReview(db: Database): ReviewItem[] {
  requireRole(db, 'office');
  const all = listImportedInspections(db);
  const inConflict = conflictFlags(all);
  return all.map((record) => {
    const inspection = requireInspection(db, record.inspectionId);
    const filing = getFiling(db, inspection.filingId);
    const institution = filing ? getInstitution(db, filing.institutionId) : null;
    const scored = scoreInspection(db, inspection);
    const head = isHead(record, all);
    const link = inspectionRound(db, record.inspectionId);
    const round = link ? getRound(db, link.roundUid) : null;
    return {
      importedId: record.id,
      inspectionId: record.inspectionId,
      deviceKey: record.deviceKey,
      remoteId: record.remoteId,
      institutionName: filing?.listedName ?? institution?.name ?? '',
      filingId: inspection.filingId,
      filingNo: filing?.filingNo ?? '',
      filingYear: filing?.filingYear ?? 0,
      templateId: inspection.templateId,
      inspectionDate: inspection.inspectionDate,
      revision: inspection.revision,
      scoreHundredths: scored.total,
      outcomeLabel: scored.outcomeLabel,
      ordersRectification: scored.ordersRectification,
      reviewStatus: record.reviewStatus,
      reviewComment: record.reviewComment,
      inConflict: inConflict.get(record.id) ?? false,
      superseded: !head,
      conflictKey: record.conflictKey,
      round: round ? { uid: round.uid, name: round.name } : null,
      purpose: link?.purpose ?? 'assessment',
      scope: link?.scope ?? null,
      rectificationUid: link?.rectificationUid ?? null,
      files: listImportedFiles(db, record.inspectionId),
    };
  });
}

export function listConflicts(db: Database): ConflictGroup[] {
  const all = listImportedInspections(db);
  const records = new Map(all.map((record) => [record.id, record]));
  const groups = new Map<string, ReviewItem[]>();
  for (const item of listReview(db)) {
    if (item.superseded) continue;
    groups.set(item.conflictKey, [...(groups.get(item.conflictKey) ?? []), item]);
  }
  return [...groups.entries()]
    .filter(([, versions]) => versions.length > 1)
    .map(([conflictKey, versions]) => ({
      conflictKey,
      institutionName: versions[0]?.institutionName ?? '',
      filingNo: versions[0]?.filingNo ?? '',
      resolved: conflictResolved(versions.flatMap((v) => records.get(v.importedId) ?? [])),
      versions,
    }));
}

/** Accept, or return with a comment (required); recorded in the office's audit log. */
export function reviewInspection(
  db: Database,
  input: { importedId: number; decision: 'accepted' | 'returned'; comment?: string | null; actor: string; now: Date },
): ReviewItem {
  requireRole(db, 'office');
  const comment = input.comment?.trim() || null;
  if (input.decision === 'returned' && !comment) throw new AppError('OFFICE_RETURN_COMMENT_REQUIRED');
  inTransaction(db, () => {
    const record = getImportedInspection(db, input.importedId);
    if (!record) throw syncError('SYNC_REFERENCE_UNKNOWN', { reason: 'SYNC_REASON_IMPORTED_RECORD', importedId: input.importedId });
    const at = input.now.toISOString();
    setReview(db, record.id, input.decision, comment, input.actor, at);
    appendAudit(db, {
      actor: input.actor,
      at,
      inspectionId: record.inspectionId,
      entity: 'review',
      entityId: record.id,
      action: 'update',
      old: { reviewStatus: record.reviewStatus, reviewComment: record.reviewComment },
      new: { reviewStatus: input.decision, reviewComment: comment },
      reason: comment,
    });
    // R-YQ-06: an accepted outcome that orders rectification opens it with the acceptance, or neither happens.
    if (input.decision === 'accepted') openRectificationIfOrdered(db, { inspectionId: record.inspectionId, actor: input.actor, now: input.now });
  });
  const item = listReview(db).find((i) => i.importedId === input.importedId);
  if (!item) throw new Error('reviewed item vanished');
  return item;
}
