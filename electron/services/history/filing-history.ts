import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../../db/engine';
import type { z } from 'zod';
import { getRound } from '../../../db/repositories/assessment-rounds';
import { getFiling } from '../../../db/repositories/filings';
import { inspectionRound } from '../../../db/repositories/inspection-rounds';
import { getInstitution } from '../../../db/repositories/institutions';
import { requireInspection } from '../../../db/repositories/inspections';
import { getDecision, listRectifications } from '../../../db/repositories/rectifications';
import { listAssignments } from '../../../db/repositories/sync-assignments';
import { statement } from '../../../db/sql';
import type { AssessmentRound } from '../../../shared/domain/rounds/types';
import { AppError } from '../../../shared/errors';
import type { FilingHistory, FilingHistoryInspection, FilingHistoryRectification } from '../../../shared/ipc/channels/rounds';
import type { InspectionRecord } from '../../../shared/store/records';
import type { packHistorySchema } from '../sync/pack-contents';
import { REPORTS_DIR } from '../sync/field/bundle-export';
import { scoreInspection } from '../sync/review/score-inspection';
import { getRole } from '../sync/role';
import { rectificationStanding } from './rectification-standing';
import { decisionLabel } from '../../../shared/domain/rectification/decision';

type HistoryEntry = z.output<typeof packHistorySchema>[number];
type Group = FilingHistory['rounds'][number];

/**
 * A filing's history (filings:history): its rounds newest first, each with this store's inspections (the office's
 * imported ones with their review state), the earlier rounds a pack described (laptop) and the rectifications.
 * Inspections made before rounds form one group without a round, last.
 */
export function filingHistory(db: Database, dataDir: string, filingId: number, onDate: string): FilingHistory {
  const filing = getFiling(db, filingId);
  if (!filing) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_FILING', id: filingId });
  const groups = new Map<string | null, Group>();
  const groupOf = (roundUid: string | null): Group => {
    const key = roundUid !== null && getRound(db, roundUid) ? roundUid : null;
    let group = groups.get(key);
    if (!group) {
      group = { round: key === null ? null : getRound(db, key), inspections: [], rectifications: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const inspection of inspectionsOf(db, filingId)) {
    const link = inspectionRound(db, inspection.id);
    groupOf(link?.roundUid ?? null).inspections.push(storedInspection(db, dataDir, inspection, link));
  }
  for (const { entry, files } of receivedHistory(db, filingId)) groupOf(entry.roundUid).inspections.push(historyInspection(entry, files));
  for (const rectification of listRectifications(db, filingId)) {
    const decision = getDecision(db, rectification.uid);
    const item: FilingHistoryRectification = {
      uid: rectification.uid,
      outcomeLabel: rectification.outcomeLabel,
      dueOn: rectification.dueOn,
      ...rectificationStanding(db, rectification, decision, onDate),
      decision: decision?.decision ?? null,
      decisionLabel: decision ? decisionLabel(decision.decision) : null,
    };
    groupOf(rectification.roundUid).rectifications.push(item);
  }
  for (const group of groups.values()) group.inspections.sort((a, b) => byDateThenRevision(a, b));
  const institution = getInstitution(db, filing.institutionId);
  return {
    filingId,
    institutionName: institution?.name ?? '',
    filingNo: filing.filingNo,
    assignments: assignmentsOf(db, filingId),
    rounds: [...groups.values()].sort((a, b) => newestFirst(a.round, b.round)),
  };
}

/** A laptop's tasks for the filing, newest first (the office keeps its sent assignments to itself). */
function assignmentsOf(db: Database, filingId: number): FilingHistory['assignments'] {
  if (getRole(db) !== 'field') return [];
  return listAssignments(db)
    .filter((assignment) => assignment.filingId === filingId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.uid.localeCompare(b.uid))
    .map((assignment) => ({
      uid: assignment.uid,
      templateId: assignment.templateId,
      roundUid: assignment.roundUid,
      roundName: assignment.roundUid === null ? null : (getRound(db, assignment.roundUid)?.name ?? null),
      rectificationUid: assignment.rectificationUid,
      scope: assignment.scope,
      panel: assignment.panel,
    }));
}

function newestFirst(a: AssessmentRound | null, b: AssessmentRound | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return b.year - a.year || b.openedAt.localeCompare(a.openedAt) || a.uid.localeCompare(b.uid);
}

const byDateThenRevision = (a: FilingHistoryInspection, b: FilingHistoryInspection): number =>
  b.inspectionDate.localeCompare(a.inspectionDate) || b.revision - a.revision;

function inspectionsOf(db: Database, filingId: number): InspectionRecord[] {
  // One read per inspection through the repository (whole records); a filing has only a few.
  return statement<{ id: number }>(db, 'SELECT id FROM inspections WHERE filing_id = ? ORDER BY id')
    .all(filingId)
    .map(({ id }) => requireInspection(db, id));
}

function storedInspection(
  db: Database,
  dataDir: string,
  inspection: InspectionRecord,
  link: ReturnType<typeof inspectionRound>,
): FilingHistoryInspection {
  const scored = scoreInspection(db, inspection);
  const imported = statement<{ review_status: 'pending' | 'accepted' | 'returned' }>(
    db,
    'SELECT review_status FROM sync_imported_inspections WHERE inspection_id = ?',
  ).get(inspection.id);
  const pdfs: FilingHistoryInspection['pdfs'] = imported
    ? statement<{ id: number; name: string }>(db, "SELECT id, name FROM sync_imported_files WHERE inspection_id = ? AND kind = 'pdf' ORDER BY name")
        .all(inspection.id)
        .map((file) => ({ name: file.name, source: 'imported', ref: file.id }))
    : reportPdfs(dataDir, inspection.id).map((name) => ({ name, source: 'report', ref: inspection.id }));
  return {
    inspectionId: inspection.id,
    purpose: link?.purpose ?? 'assessment',
    scope: link?.scope ?? null,
    inspectionDate: inspection.inspectionDate,
    revision: inspection.revision,
    status: inspection.status,
    templateId: inspection.templateId,
    templateVersion: inspection.templateVersion,
    scoreHundredths: scored.total,
    outcomeLabel: scored.outcomeLabel,
    reviewStatus: imported?.review_status ?? null,
    pdfs,
  };
}

function reportPdfs(dataDir: string, inspectionId: number): string[] {
  const dir = join(dataDir, REPORTS_DIR, String(inspectionId));
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.pdf'))
    .sort();
}

function receivedHistory(db: Database, filingId: number): { entry: HistoryEntry; files: { name: string; ref: number }[] }[] {
  return statement<{ entry_no: number; entry_json: string }>(
    db,
    'SELECT entry_no, entry_json FROM received_history WHERE filing_id = ? ORDER BY entry_no',
  )
    .all(filingId)
    .map((row) => ({
      entry: JSON.parse(row.entry_json) as HistoryEntry,
      files: statement<{ rowid: number; name: string }>(
        db,
        'SELECT rowid, name FROM received_history_files WHERE filing_id = ? AND entry_no = ? ORDER BY name',
      )
        .all(filingId, row.entry_no)
        .map((file) => ({ name: file.name, ref: file.rowid })),
    }));
}

function historyInspection(entry: HistoryEntry, files: { name: string; ref: number }[]): FilingHistoryInspection {
  return {
    inspectionId: null,
    purpose: entry.purpose,
    scope: entry.scope,
    inspectionDate: entry.inspectionDate,
    revision: entry.revision,
    // Held at the office: the decision, when there is one, says more than a status.
    status: entry.decisionLabel ?? 'office',
    templateId: entry.templateId,
    templateVersion: entry.templateVersion,
    scoreHundredths: entry.scoreHundredths,
    outcomeLabel: entry.outcomeLabel,
    reviewStatus: null,
    pdfs: files.map((file) => ({ name: file.name, source: 'history', ref: file.ref })),
  };
}
