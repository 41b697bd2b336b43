import { z } from 'zod';
import { channel } from '../define';

/** Shortest passphrase (or office PIN) accepted for a signing key. */
export const MIN_SIGNING_PASSPHRASE = 6;

export const reportKinds = ['sheet', 'appendix', 'blank', 'application', 'stats', 'summary', 'recheck'] as const;

/** The reports one inspection offers (reports:kinds): chosen by main from what the inspection is, not by the window. */
export type InspectionReportKind = 'sheet' | 'appendix' | 'recheck';

/**
 * A report produced in <dataDir>/reports, or <dataDir>/reports/<inspectionId> for one inspection's reports (where
 * `bundle export` collects the signed PDFs). The renderer names it by file name (plus inspectionId), never by path.
 */
export interface GeneratedReport {
  file: string;
  inspectionId: number | null;
  path: string;
  bytes: number;
}

export interface SignedReport extends GeneratedReport {
  /** Signatures in the file after this one was appended. */
  signatures: number;
  signer: string;
  /** office: the certificate the office issued to this laptop's inspector; self: a local self-signed one. */
  issuer: 'office' | 'self';
}

/**
 * One signature's verdict. invalid: it does not hold (digest, signature value, certificate, trust);
 * modified-after-signing (签名后文档被修改): it holds for its own revision, but a revision appended later changed the
 * document beyond adding signatures (docs/pdf-verification.md).
 */
export type SignatureStatus = 'valid' | 'modified-after-signing' | 'invalid';

export interface ReportVerification {
  valid: boolean;
  signatures: {
    index: number;
    signer: string;
    reason: string;
    signingTime: string | null;
    status: SignatureStatus;
    valid: boolean;
    problems: string[];
  }[];
  problems: string[];
}

const reportFile = z.string().regex(/^[A-Za-z0-9_.-]{1,120}\.pdf$/, 'ARG_REPORT_FILE_NAME');

export const generateReportArgs = z
  .object({
    kind: z.enum(reportKinds),
    inspectionId: z.number().int().positive().optional(),
    templateId: z.string().min(1).max(100).optional(),
  })
  .strict();

/** Reports of one inspection are kept in their own folder: name it with the file. */
const reportInspection = z.number().int().positive().optional();

export const signReportArgs = z
  .object({
    file: reportFile,
    inspectionId: reportInspection,
    /** Key of the inspector's local signing identity (certificate + encrypted key); unused with an office certificate. */
    inspectorId: z.string().trim().min(1).max(100),
    signerName: z.string().trim().min(1).max(100),
    /** The local identity's passphrase, or the PIN of the office-issued key on a field laptop. */
    passphrase: z.string().min(MIN_SIGNING_PASSPHRASE, 'ARG_SIGNING_PASSPHRASE_SHORT').max(200),
    reason: z.string().trim().min(1).max(200).optional(),
    location: z.string().trim().max(200).optional(),
  })
  .strict();

export const verifyReportArgs = z.object({ file: reportFile, inspectionId: reportInspection }).strict();

export const reportChannels = {
  'reports:generate': channel(
    generateReportArgs,
    '生成 PDF 报告（评估表、附录、空白表、申请表、统计表、汇总表、整改复查记录）',
  ).writes<GeneratedReport>(),
  'reports:kinds': channel(
    z.object({ inspectionId: z.number().int().positive() }).strict(),
    '一次核查可生成的报告类型（整改复查核查另有整改复查记录）',
  ).reads<InspectionReportKind[]>(),
  'reports:sign': channel(signReportArgs, '评估人员以个人证书对报告追加数字签名').writes<SignedReport>(),
  'reports:verify': channel(verifyReportArgs, '校验报告中的全部数字签名').reads<ReportVerification>(),
};
