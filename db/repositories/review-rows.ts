import type { Database } from '../engine';
import type { InspectionRoundLink } from '../../shared/domain/rounds/types';
import type { InspectionRecord } from '../../shared/store/records';
import { chunked, paddedInList, statement } from '../sql';
import { linkFromRow } from './inspection-rounds';
import { inspectionFromRow, type InspectionRow } from './inspections';
import { importedFromRow, SUPERSEDED_SQL, type ImportedInspectionRecord } from './sync-imports';

/**
 * The office's review list as rows: each imported version (sync_imported_inspections) joined with its inspection,
 * filing, institution, round link and round, in one statement for many versions (issue 17 §6: no query per row).
 */
export interface ReviewRow {
  record: ImportedInspectionRecord;
  inspection: InspectionRecord;
  filing: { filingNo: string; filingYear: number; listedName: string } | null;
  institutionName: string | null;
  link: InspectionRoundLink | null;
  round: { uid: string; name: string } | null;
  /** Only when asked for (withSuperseded): whether a later revision from the same device supersedes the version. */
  superseded?: boolean;
}

interface JoinedRow extends InspectionRow {
  s_id: number;
  s_device_key: string;
  s_remote_id: number;
  s_remote_parent_id: number | null;
  s_content_sha256: string;
  s_inspection_id: number;
  s_conflict_key: string;
  s_signer_serial: string;
  s_imported_at: string;
  s_review_status: ImportedInspectionRecord['reviewStatus'];
  s_review_comment: string | null;
  s_reviewed_at: string | null;
  s_reviewed_by: string | null;
  f_id: number | null;
  f_filing_no: string | null;
  f_filing_year: number | null;
  f_listed_name: string | null;
  n_name: string | null;
  r_round_uid: string | null;
  r_purpose: 'assessment' | 'followUp' | null;
  r_rectification_uid: string | null;
  r_scope: 'findings' | 'full' | null;
  a_uid: string | null;
  a_name: string | null;
  superseded?: number;
}

const select = (superseded: boolean) => `SELECT i.*, s.id AS s_id, s.device_key AS s_device_key, s.remote_id AS s_remote_id,
    s.remote_parent_id AS s_remote_parent_id, s.content_sha256 AS s_content_sha256, s.inspection_id AS s_inspection_id,
    s.conflict_key AS s_conflict_key, s.signer_serial AS s_signer_serial, s.imported_at AS s_imported_at,
    s.review_status AS s_review_status, s.review_comment AS s_review_comment, s.reviewed_at AS s_reviewed_at,
    s.reviewed_by AS s_reviewed_by, f.id AS f_id, f.filing_no AS f_filing_no, f.filing_year AS f_filing_year,
    f.listed_name AS f_listed_name, n.name AS n_name, r.round_uid AS r_round_uid, r.purpose AS r_purpose,
    r.rectification_uid AS r_rectification_uid, r.scope AS r_scope, a.uid AS a_uid, a.name AS a_name${superseded ? `, ${SUPERSEDED_SQL} AS superseded` : ''}`;

const joins = `JOIN inspections i ON i.id = s.inspection_id
  LEFT JOIN filings f ON f.id = i.filing_id
  LEFT JOIN institutions n ON n.id = f.institution_id
  LEFT JOIN inspection_rounds r ON r.inspection_id = s.inspection_id
  LEFT JOIN assessment_rounds a ON a.uid = r.round_uid`;

function fromJoined(row: JoinedRow): ReviewRow {
  const link =
    row.r_round_uid !== null && row.r_purpose !== null
      ? linkFromRow({
          inspection_id: row.s_inspection_id,
          round_uid: row.r_round_uid,
          purpose: row.r_purpose,
          rectification_uid: row.r_rectification_uid,
          scope: row.r_scope,
        })
      : null;
  return {
    record: importedFromRow({
      id: row.s_id,
      device_key: row.s_device_key,
      remote_id: row.s_remote_id,
      remote_parent_id: row.s_remote_parent_id,
      content_sha256: row.s_content_sha256,
      inspection_id: row.s_inspection_id,
      conflict_key: row.s_conflict_key,
      signer_serial: row.s_signer_serial,
      imported_at: row.s_imported_at,
      review_status: row.s_review_status,
      review_comment: row.s_review_comment,
      reviewed_at: row.s_reviewed_at,
      reviewed_by: row.s_reviewed_by,
    }),
    inspection: inspectionFromRow(row),
    filing:
      row.f_id === null
        ? null
        : { filingNo: row.f_filing_no ?? '', filingYear: row.f_filing_year ?? 0, listedName: row.f_listed_name ?? row.n_name ?? '' },
    institutionName: row.n_name,
    link,
    round: row.a_uid !== null && row.a_name !== null ? { uid: row.a_uid, name: row.a_name } : null,
    ...(row.superseded === undefined ? {} : { superseded: row.superseded === 1 }),
  };
}

/**
 * One page in import order (by id, the primary key on both engines). The page is cut in a subquery on the imported
 * table alone, so the joins run for the page's rows only, however deep the offset.
 */
export function reviewRowsPage(db: Database, page: { limit: number; offset: number }): ReviewRow[] {
  return statement<JoinedRow>(
    db,
    `${select(true)} FROM (SELECT id FROM sync_imported_inspections ORDER BY id LIMIT ? OFFSET ?) p
     JOIN sync_imported_inspections s ON s.id = p.id
     ${joins}
     ORDER BY s.id`,
  )
    .all(page.limit, page.offset)
    .map(fromJoined);
}

/** The given imported versions, in import order. */
export function reviewRowsByIds(db: Database, importedIds: readonly number[]): ReviewRow[] {
  return chunked([...new Set(importedIds)])
    .flatMap((chunk) => {
      const list = paddedInList(chunk, 0);
      return statement<JoinedRow>(db, `${select(true)} FROM sync_imported_inspections s ${joins} WHERE s.id IN (${list.placeholders})`).all(
        ...list.values,
      );
    })
    .sort((a, b) => a.s_id - b.s_id)
    .map(fromJoined);
}

/** Every imported version in import order; superseded is left to the caller (one pass over all versions is cheaper). */
export function allReviewRows(db: Database): ReviewRow[] {
  return statement<JoinedRow>(db, `${select(false)} FROM sync_imported_inspections s ${joins} ORDER BY s.id`)
    .all()
    .map(fromJoined);
}
