import { z } from 'zod';
import type { RectificationFinding } from '../../domain/rectification/types';
import type { FollowUpScope } from '../../domain/rounds/types';
import type { InspectionStatus } from '../../store/enums';
import type { AnswerRecord, EvidenceRecord, FindingRecord, InspectionRecord, SamplingDrawRecord, SignatureRecord } from '../../store/records';
import { channel } from '../define';
import { argMessage } from '../../errors';

const MAX_ANSWER_CHARS = 256 * 1024;
const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ARG_DATE_FORMAT');

export interface InspectionSummary {
  id: number;
  institutionId: number;
  filingId: number;
  templateId: string;
  templateVersion: string;
  inspectionDate: string;
  status: InspectionStatus;
  /** Hundredths of a point; null until scored. */
  scoreHundredths: number | null;
  revision: number;
}

/** A signature without its image bytes (the renderer asks for images only when it prints). */
export type SignatureSummary = Omit<SignatureRecord, 'imagePng'>;

/** The assessment round an inspection belongs to (issue 15). */
export interface InspectionRoundSummary {
  uid: string;
  name: string;
  year: number;
}

/** A follow-up (整改复查): the rectification it re-checks, how much of the form, and the findings listed. */
export interface InspectionFollowUp {
  rectificationUid: string;
  scope: FollowUpScope;
  findings: RectificationFinding[];
  /** Null only when the rectification's copy is missing from this store. */
  dueOn: string | null;
  outcomeLabel: string | null;
}

export interface InspectionDetail {
  inspection: InspectionRecord;
  /** Null for an inspection made before rounds. */
  round: InspectionRoundSummary | null;
  followUp: InspectionFollowUp | null;
  answers: AnswerRecord[];
  findings: FindingRecord[];
  draws: SamplingDrawRecord[];
  signatures: SignatureSummary[];
  evidence: EvidenceRecord[];
}

export const inspectionListArgs = z.object({ institutionId: id.optional() }).strict();

export const inspectionCreateArgs = z
  .object({
    institutionId: id,
    filingId: id,
    templateId: z.string().min(1).max(100),
    /** The form version to score with; without it, the current version of templateId. */
    templateHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'ARG_TEMPLATE_HASH')
      .optional(),
    panel: z
      .array(z.object({ name: z.string().trim().min(1).max(100), role: z.enum(['lead', 'member']), inspectorId: id.optional() }).strict())
      .min(1)
      .max(20),
    inspectionDate: isoDate,
    site: z.string().max(300).optional(),
    /** Start the follow-up (整改复查) a follow-up assignment of the office's pack asks for. */
    assignmentUid: z
      .string()
      .regex(/^[0-9a-f]{32}$/, 'ARG_ASSIGNMENT_UID')
      .optional(),
  })
  .strict();

export const inspectionGetArgs = z.object({ id }).strict();

export const saveAnswerArgs = z
  .object({
    inspectionId: id,
    itemId: z.string().min(1).max(40),
    answer: z
      .json()
      .refine((value) => JSON.stringify(value).length <= MAX_ANSWER_CHARS, argMessage('ARG_ANSWER_TOO_LARGE', { maximum: MAX_ANSWER_CHARS })),
    reason: z.string().max(500).optional(),
  })
  .strict();

export const inspectionChannels = {
  'inspections:list': channel(inspectionListArgs, '现场核查记录列表').reads<InspectionSummary[]>(),
  'inspections:create': channel(inspectionCreateArgs, '新建现场核查（草稿）').writes<InspectionRecord>(),
  'inspections:get': channel(inspectionGetArgs, '现场核查详情（答案、问题、抽样、签名、证据）').reads<InspectionDetail>(),
  'inspections:saveAnswer': channel(saveAnswerArgs, '自动保存一个评估项的答案（同时写入审计日志）').writes<{
    changed: boolean;
    auditSeq: number | null;
    updatedAt: string;
  }>(),
};
