import { z } from 'zod';
import { isIsoDate } from '../../domain/deadlines/plain-date';
import type { RectificationWatch } from '../../domain/rectification/types';
import { institutionKinds, type InstitutionKind } from '../../store/enums';
import type { BatchRecord, CandidateRecord, FiledOccupationRecord, FilingRecord, InstitutionRecord } from '../../store/records';
import { channel } from '../define';

export { institutionKinds, type InstitutionKind };

/** Status codes of shared/domain/deadlines filingStatus, plus 'unknown' when the filing has no validity end. */
export const filingStatusCodes = [
  'notRenewed',
  'deemedAbandoned',
  'idleTwoYears',
  'filedUnderOneYear',
  'assessmentGrace',
  'overdue',
  'expiredAwaitingDecision',
  'renewalApplied',
  'renewalWindow',
  'active',
  'unknown',
] as const;
export type ListedFilingStatus = (typeof filingStatusCodes)[number];

/**
 * One row of the institution list: a filing of an institution (one legal entity may hold several).
 * `id` is the filing id (unique per row); `institutionId` the legal entity for institutions:get.
 */
export interface InstitutionListRow {
  id: number;
  institutionId: number;
  /** The name as the published list shows it for this filing. */
  name: string;
  uscc: string;
  kind: InstitutionKind;
  filingNo: string;
  filingYear: number;
  validFrom: string | null;
  validTo: string | null;
  region: string | null;
  status: ListedFilingStatus;
  statusLabel: string;
  demo: boolean;
  /** The filing's newest rectification (R-YQ-06) and its deadline watch on the day asked about; null when it has none. */
  rectification: ListedRectification | null;
}

/** The watch the list shows beside the status (badges 整改中 / 整改逾期, shared/domain/rectification rectificationBadge). */
export interface ListedRectification {
  uid: string;
  watch: RectificationWatch;
  dueOn: string;
  workingDaysLeft: number;
}

/** The watches the list can be filtered by. */
export const listedRectificationWatches = ['inProgress', 'dueSoon', 'overdue'] as const;

export const institutionListArgs = z
  .object({
    /** Matches the name, the USCC (prefix) or the filing number. */
    query: z.string().max(200).optional(),
    kind: z.enum(institutionKinds).optional(),
    region: z.string().min(1).max(100).optional(),
    filingYear: z.number().int().min(2000).max(2100).optional(),
    status: z.enum(filingStatusCodes).optional(),
    /** Only filings whose rectification is in this state on `onDate`. */
    rectification: z.enum(listedRectificationWatches).optional(),
    /** Day the statuses are computed for; default today (the demo database: its reference day). */
    // A real calendar date, not only its shape: 9999-99-99 used to reach the status computation (found by the IPC fuzzer).
    onDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'ARG_DATE_FORMAT')
      .refine(isIsoDate, 'ARG_DATE_INVALID')
      .optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
  })
  .strict();

/** A candidate as the renderer sees it: the ID number masked (never the full number). */
export type MaskedCandidate = Omit<CandidateRecord, 'idNumber'> & { idNumberMasked: string };

export interface BatchDetail extends BatchRecord {
  candidates: MaskedCandidate[];
}

export interface FilingDetail extends FilingRecord {
  occupations: FiledOccupationRecord[];
  batches: BatchDetail[];
}

export interface InstitutionDetail extends InstitutionRecord {
  filings: (FilingDetail & { status: ListedFilingStatus; statusLabel: string })[];
}

export const institutionGetArgs = z
  .object({
    id: z.number().int().positive(),
    /** Candidates are many; the detail view asks for them only when it shows them. */
    includeCandidates: z.boolean().optional(),
  })
  .strict();

export const institutionChannels = {
  'institutions:list': channel(institutionListArgs, '评价机构列表（按名称/信用代码/备案号搜索，按类别/地区/年度/状态筛选）').reads<
    InstitutionListRow[]
  >(),
  'institutions:get': channel(institutionGetArgs, '评价机构详情（备案、备案职业与等级、批次、考生；身份证号已遮蔽）').reads<InstitutionDetail>(),
};
