import type { RectificationFinding, RectificationWatch } from '../../../shared/domain/rectification/types';
import type { AssessmentRound, FollowUpScope } from '../../../shared/domain/rounds/types';
import type { InspectionDetail } from '../../../shared/ipc/channels/inspections';
import type { InstitutionListRow } from '../../../shared/ipc/channels/institutions';
import type { FilingHistory } from '../../../shared/ipc/channels/rounds';
import type { ArgsOf } from '../../../shared/ipc/contract';

// Issue 15: fields other helpers add to the IPC contract while this window is written. Each is read here, in one
// place, as optional, so the window works before and after they land; once they are in shared/ipc the casts can go.

/** The deadline watch of a filing's open rectification (institutions:list row field `rectification`). */
export interface RowRectification {
  uid: string;
  watch: RectificationWatch;
  dueOn: string;
  workingDaysLeft: number;
}

export function rowRectification(row: InstitutionListRow): RowRectification | null {
  return (row as InstitutionListRow & { rectification?: RowRectification | null }).rectification ?? null;
}

/** What a follow-up inspection (整改复查) re-checks (inspections:get field `followUp`). */
export interface FollowUpInfo {
  rectificationUid: string;
  scope: FollowUpScope;
  findings: RectificationFinding[];
  dueOn: string;
  outcomeLabel: string;
}

type DetailWithRounds = InspectionDetail & { followUp?: FollowUpInfo | null; round?: AssessmentRound | null };

export function followUpOf(detail: InspectionDetail): FollowUpInfo | null {
  return (detail as DetailWithRounds).followUp ?? null;
}

export function roundOf(detail: InspectionDetail): AssessmentRound | null {
  return (detail as DetailWithRounds).round ?? null;
}

/** A task the office's pack gave this laptop for a filing: an assessment in a round, or a follow-up. */
export interface FilingAssignment {
  uid: string;
  templateId: string;
  roundUid: string | null;
  roundName: string | null;
  rectificationUid: string | null;
  scope: FollowUpScope | null;
  /** The panel the office drew, leader first (issue 16); null when none. */
  panel: FilingHistory['assignments'][number]['panel'];
}

/** The laptop's assignments for the filing (filings:history field `assignments`). */
export function assignmentsOf(history: FilingHistory): FilingAssignment[] {
  return history.assignments;
}

/** inspections:create for an assignment (arg `assignmentUid`: a follow-up starts from the rectification it names). */
export function createForAssignment(args: ArgsOf<'inspections:create'>, assignmentUid: string): ArgsOf<'inspections:create'> {
  return { ...args, assignmentUid } as ArgsOf<'inspections:create'>;
}
