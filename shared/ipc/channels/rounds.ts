import { z } from 'zod';
import type { AssessmentRound, FollowUpScope, InspectionPurpose } from '../../domain/rounds/types';
import type { PanelRole } from '../../domain/double-random/types';
import type { RectificationDecision, RectificationStage, RectificationWatch } from '../../domain/rectification/types';
import { channel } from '../define';
import { isoDateArg } from '../iso-date-arg';

/** One inspection in a filing's history: this store's own, one imported from a laptop, or one a pack described. */
export interface FilingHistoryInspection {
  /** This store's inspection id; null for an entry a pack described (held at the office, not here). */
  inspectionId: number | null;
  purpose: InspectionPurpose;
  scope: FollowUpScope | null;
  inspectionDate: string;
  revision: number;
  status: string;
  templateId: string;
  templateVersion: string;
  scoreHundredths: number | null;
  outcomeLabel: string | null;
  /** Office: the review state of an imported version; null elsewhere. */
  reviewStatus: 'pending' | 'accepted' | 'returned' | null;
  /** Signed PDFs: a report of this store (reports:open), an imported file (sync:openFile) or one a pack carried. */
  pdfs: { name: string; source: 'report' | 'imported' | 'history'; ref: number }[];
}

export interface FilingHistoryRectification {
  uid: string;
  outcomeLabel: string;
  dueOn: string;
  stage: RectificationStage;
  watch: RectificationWatch;
  decision: RectificationDecision | null;
  decisionLabel: string | null;
}

/** A task an office pack gave for the filing: an assessment in a round, or a follow-up (整改复查) of a rectification. */
export interface FilingHistoryAssignment {
  uid: string;
  templateId: string;
  roundUid: string | null;
  roundName: string | null;
  rectificationUid: string | null;
  scope: FollowUpScope | null;
  /** The panel the office drew (双随机), leader first; the new inspection prefills it. Null when none was drawn. */
  panel: { name: string; role: PanelRole }[] | null;
}

/** Every round of one filing, newest first; inspections made before rounds sit in a round of their own (uid null). */
export interface FilingHistory {
  filingId: number;
  institutionName: string;
  filingNo: string;
  rounds: {
    round: AssessmentRound | null;
    inspections: FilingHistoryInspection[];
    rectifications: FilingHistoryRectification[];
  }[];
  /** The tasks this laptop's packs gave for the filing (the new-inspection page offers them); none at the office. */
  assignments: FilingHistoryAssignment[];
}

const roundUid = z.string().regex(/^[0-9a-f]{32}$/, 'ARG_ROUND_UID');

export const roundChannels = {
  'rounds:list': channel(z.object({}).strict(), '评估轮次：本机保存的全部评估轮次，最新在前').reads<AssessmentRound[]>(),
  'rounds:open': channel(
    z
      .object({
        name: z.string().trim().min(1).max(200),
        year: z.number().int().min(2000).max(2100),
      })
      .strict(),
    '评估轮次：办公室新建一个评估轮次（如 2026年度延续备案评估），任务包分配时使用',
  ).writes<AssessmentRound>(),
  'filings:history': channel(
    z.object({ filingId: z.number().int().positive(), onDate: isoDateArg.optional() }).strict(),
    '备案历史：一个备案的每一轮评估、得分、结论、签名 PDF 和整改',
  ).reads<FilingHistory>(),
};

export { roundUid as roundUidSchema };
