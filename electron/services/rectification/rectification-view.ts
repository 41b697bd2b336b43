import type { Database } from '../../../db/engine';
import { getRound } from '../../../db/repositories/assessment-rounds';
import { getFiling } from '../../../db/repositories/filings';
import { inspectionsOfRectification } from '../../../db/repositories/inspection-rounds';
import {
  getDecision,
  getRectification,
  listRectificationFiles,
  listRectifications,
  listResponses,
  type RectificationRecord,
} from '../../../db/repositories/rectifications';
import { listAssignments } from '../../../db/repositories/sync-assignments';
import type { WorkingCalendar } from '../../../shared/domain/deadlines';
import {
  allowedDecisions,
  decisionLabel,
  rectificationStage,
  rectificationWatch,
  type RectificationView,
} from '../../../shared/domain/rectification';
import { AppError } from '../../../shared/errors';
import { currentWorkingCalendar } from '../calendar/stored-calendar';
import { followUpView } from './follow-up-results';

/** One rectification as the window shows it on `onDate`: names, round, responses and files, follow-ups, notice, decision, watch. */
export function rectificationView(
  db: Database,
  record: RectificationRecord,
  onDate: string,
  calendar: WorkingCalendar = currentWorkingCalendar(db),
): RectificationView {
  const filing = getFiling(db, record.filingId);
  const files = listRectificationFiles(db, record.uid);
  const responses = listResponses(db, record.uid).map((response) => ({
    id: response.id,
    receivedOn: response.receivedOn,
    summary: response.summary,
    recordedBy: response.recordedBy,
    recordedAt: response.recordedAt,
    files: files
      .filter((file) => file.kind === 'evidence' && file.responseId === response.id)
      .map((file) => ({ id: file.id, name: file.name, mime: file.mime, bytes: file.bytes, sha256: file.sha256 })),
  }));
  const notice = files.filter((file) => file.kind === 'notice').at(-1);
  const decision = getDecision(db, record.uid);
  const followUps = inspectionsOfRectification(db, record.uid).map((id) => followUpView(db, id, record.findings));
  const assigned = listAssignments(db).filter((assignment) => assignment.rectificationUid === record.uid).length;
  const { watch, workingDaysLeft } = rectificationWatch({ dueOn: record.dueOn, responses, decision }, onDate, calendar);
  return {
    uid: record.uid,
    filingId: record.filingId,
    institutionName: filing?.listedName ?? '',
    filingNo: filing?.filingNo ?? '',
    roundUid: record.roundUid,
    roundName: record.roundUid === null ? null : (getRound(db, record.roundUid)?.name ?? null),
    inspectionId: record.inspectionId,
    templateHash: record.templateHash,
    outcomeCategory: record.outcomeCategory,
    outcomeLabel: record.outcomeLabel,
    inspectionDate: record.inspectionDate,
    scoreHundredths: record.scoreHundredths,
    findings: record.findings,
    deadlineRule: record.deadlineRule,
    dueOn: record.dueOn,
    basis: record.basis,
    origin: record.origin,
    openedBy: record.openedBy,
    openedAt: record.openedAt,
    stage: rectificationStage({
      responses: responses.length,
      followUpsAssigned: assigned,
      followUpsReceived: followUps.length,
      decided: decision !== null,
    }),
    watch,
    workingDaysLeft,
    responses,
    followUps,
    notice: notice ? { fileId: notice.id, name: notice.name, bytes: notice.bytes } : null,
    decision: decision
      ? {
          decision: decision.decision,
          label: decisionLabel(decision.decision),
          reason: decision.reason,
          followUpInspectionId: decision.followUpInspectionId,
          decidedOn: decision.decidedOn,
          decidedBy: decision.decidedBy,
          decidedAt: decision.decidedAt,
        }
      : null,
    allowedDecisions: allowedDecisions(record.outcomeCategory),
  };
}

export function getRectificationView(db: Database, uid: string, onDate: string): RectificationView {
  const record = getRectification(db, uid);
  if (!record) throw new AppError('RECTIFICATION_NOT_FOUND', { uid });
  return rectificationView(db, record, onDate);
}

/** Every rectification held here (office: opened; laptop: the copies packs brought), by deadline. */
export function listRectificationViews(db: Database, onDate: string, filingId?: number): RectificationView[] {
  const calendar = currentWorkingCalendar(db);
  return listRectifications(db, filingId).map((record) => rectificationView(db, record, onDate, calendar));
}
