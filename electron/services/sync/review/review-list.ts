import type { Database } from '../../../../db/engine';
import type { FollowUpScope, InspectionPurpose } from '../../../../shared/domain/rounds/types';
import { appendAudit } from '../../../../db/repositories/audit-log';
import { allReviewRows, reviewRowsByIds, reviewRowsPage, type ReviewRow } from '../../../../db/repositories/review-rows';
import {
  conflictKeysWithVersions,
  countImported,
  getImportedInspection,
  importedFilesOf,
  importedVersionsOfKeys,
  setReview,
  type ImportedFileEntry,
  type ImportedInspectionRecord,
  type ReviewStatus,
} from '../../../../db/repositories/sync-imports';
import { inTransaction } from '../../../../db/sql';
import { AppError } from '../../../../shared/errors';
import { openRectificationIfOrdered } from '../../rectification/open-rectification';
import { syncError } from '../format/sync-error';
import { requireRole } from '../role';
import { conflictFlagsOfVersions, conflictResolved, supersededIds } from './conflict-state';
import { scoreInspections } from './score-inspection';

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
  /** When and by whom the current decision was taken; with reviewStatus, the state a reviewer acts on (ReviewSeen). */
  reviewedAt: string | null;
  reviewedBy: string | null;
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

export interface ReviewPage {
  items: ReviewItem[];
  total: number;
  /** Current versions (not superseded) awaiting review, in the whole list. */
  pending: number;
  offset: number;
  limit: number;
}

type Versions = readonly { record: ImportedInspectionRecord; superseded: boolean }[];

/**
 * The items of `rows`, set-based: the rows come joined (review-rows.ts), then one statement for their files and one
 * scoring call for them all. `versions` holds every version under the rows' conflict keys, for the 冲突 flags.
 */
function itemsOf(db: Database, rows: readonly ReviewRow[], versions: Versions, files: readonly ImportedFileEntry[]): ReviewItem[] {
  const inConflict = conflictFlagsOfVersions(versions);
  const superseded = new Map(versions.map((v) => [v.record.id, v.superseded]));
  const scores = scoreInspections(
    db,
    rows.map((row) => row.inspection),
  );
  const filesOf = new Map<number, ReviewItem['files']>();
  for (const { inspectionId, ...file } of files) filesOf.set(inspectionId, [...(filesOf.get(inspectionId) ?? []), file]);
  return rows.map(({ record, inspection, filing, institutionName, link, round }) => {
    const scored = scores.get(inspection.id);
    if (!scored) throw new Error(`inspection ${inspection.id} not scored`);
    return {
      importedId: record.id,
      inspectionId: record.inspectionId,
      deviceKey: record.deviceKey,
      remoteId: record.remoteId,
      institutionName: filing?.listedName ?? institutionName ?? '',
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
      reviewedAt: record.reviewedAt,
      reviewedBy: record.reviewedBy,
      inConflict: inConflict.get(record.id) ?? false,
      superseded: superseded.get(record.id) ?? false,
      conflictKey: record.conflictKey,
      round,
      purpose: link?.purpose ?? 'assessment',
      scope: link?.scope ?? null,
      rectificationUid: link?.rectificationUid ?? null,
      files: filesOf.get(record.inspectionId) ?? [],
    };
  });
}

/** Items of rows that carry their superseded flag (from SQL): the versions of their conflict keys are loaded alone. */
function itemsOfSome(db: Database, rows: readonly ReviewRow[]): ReviewItem[] {
  if (rows.length === 0) return [];
  const versions = importedVersionsOfKeys(
    db,
    rows.map((row) => row.record.conflictKey),
  );
  return itemsOf(
    db,
    rows,
    versions,
    importedFilesOf(
      db,
      rows.map((row) => row.record.inspectionId),
    ),
  );
}

/** Every imported version in import order (the 附件4 summary and the results notice need them all). */
export function listReview(db: Database): ReviewItem[] {
  requireRole(db, 'office');
  const rows = allReviewRows(db);
  const records = rows.map((row) => row.record);
  const superseded = supersededIds(records);
  return itemsOf(
    db,
    rows,
    records.map((record) => ({ record, superseded: superseded.has(record.id) })),
    importedFilesOf(db, null),
  );
}

/**
 * One page of the review list in import order (issue 17 §6: a page in ≤ 50 ms on a province's 50k versions): the
 * same items, flags included, that listReview gives at those places.
 */
export function listReviewPage(db: Database, page: { limit: number; offset: number }): ReviewPage {
  requireRole(db, 'office');
  const { total, pending } = countImported(db);
  const items = page.offset >= total ? [] : itemsOfSome(db, reviewRowsPage(db, page));
  return { items, total, pending, offset: page.offset, limit: page.limit };
}

/** The assessments with more than one current version, in the order of their first version. */
export function listConflicts(db: Database): ConflictGroup[] {
  requireRole(db, 'office');
  const versions = importedVersionsOfKeys(db, conflictKeysWithVersions(db));
  const heads = versions.filter((v) => !v.superseded).map((v) => v.record);
  const headsByKey = new Map<string, ImportedInspectionRecord[]>();
  for (const head of heads) headsByKey.set(head.conflictKey, [...(headsByKey.get(head.conflictKey) ?? []), head]);
  const contested = [...headsByKey].filter(([, records]) => records.length > 1);
  if (contested.length === 0) return [];
  const rows = reviewRowsByIds(
    db,
    contested.flatMap(([, records]) => records.map((r) => r.id)),
  );
  const items = itemsOf(
    db,
    rows,
    versions,
    importedFilesOf(
      db,
      rows.map((row) => row.record.inspectionId),
    ),
  );
  const byId = new Map(items.map((item) => [item.importedId, item]));
  return contested.map(([conflictKey, records]) => {
    const group = records.flatMap((r) => byId.get(r.id) ?? []);
    return {
      conflictKey,
      institutionName: group[0]?.institutionName ?? '',
      filingNo: group[0]?.filingNo ?? '',
      resolved: conflictResolved(records),
      versions: group,
    };
  });
}

/** The review state a reviewer saw when deciding: the decision is refused if another reviewer changed it since. */
export interface ReviewSeen {
  reviewStatus: ReviewStatus;
  reviewedAt: string | null;
}

const statusLabel: Record<ReviewStatus, string> = { pending: '待复核', accepted: '通过', returned: '退回' };

/**
 * Accept, or return with a comment (required); recorded in the office's audit log. With `seen`, several office PCs
 * can review at once: the check runs inside the write transaction, so of two reviewers acting on the same state the
 * second gets OFFICE_REVIEW_CONFLICT naming the first, and the first one's decision is not overwritten unseen.
 */
export function reviewInspection(
  db: Database,
  input: { importedId: number; decision: 'accepted' | 'returned'; comment?: string | null; actor: string; now: Date; seen?: ReviewSeen },
): ReviewItem {
  requireRole(db, 'office');
  const comment = input.comment?.trim() || null;
  if (input.decision === 'returned' && !comment) throw new AppError('OFFICE_RETURN_COMMENT_REQUIRED');
  inTransaction(db, () => {
    const record = getImportedInspection(db, input.importedId);
    if (!record) throw syncError('SYNC_REFERENCE_UNKNOWN', { reason: 'SYNC_REASON_IMPORTED_RECORD', importedId: input.importedId });
    const { seen } = input;
    if (seen && (seen.reviewStatus !== record.reviewStatus || seen.reviewedAt !== record.reviewedAt)) {
      throw new AppError('OFFICE_REVIEW_CONFLICT', {
        importedId: record.id,
        by: record.reviewedBy ?? '—',
        at: record.reviewedAt ?? '—',
        status: statusLabel[record.reviewStatus],
      });
    }
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
  const [item] = itemsOfSome(db, reviewRowsByIds(db, [input.importedId]));
  if (!item) throw new Error('reviewed item vanished');
  return item;
}
