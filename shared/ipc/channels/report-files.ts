import { z } from 'zod';
import { channel } from '../define';
import type { SignatureStatus } from './reports';

const reportFile = z.string().regex(/^[A-Za-z0-9_.-]{1,120}\.pdf$/, 'ARG_REPORT_FILE_NAME');
const inspectionId = z.number().int().positive();

/** One report of an inspection as the window lists it, with its signatures checked. */
export interface ReportFileEntry {
  file: string;
  /** The folder it lives in: the inspection's (null: the shared reports folder, e.g. blank forms, the demo sheet). */
  inspectionId: number | null;
  kind: 'sheet' | 'appendix' | 'recheck' | 'blank' | 'other';
  bytes: number;
  modifiedAt: string;
  /** valid is status === 'valid'; modified-after-signing: the document was changed in a later revision. */
  signatures: { signer: string; status: SignatureStatus; valid: boolean; signingTime: string | null }[];
  /** Every signature valid (true for an unsigned file). */
  valid: boolean;
}

export type PrintMethod = 'dialog' | 'viewer' | 'none';

export interface PrintOutcome {
  /**
   * dialog: the system print dialog was shown for the file; viewer: it was opened in the system PDF reader instead
   * (print there); none: neither is possible here (the browser harness).
   */
  method: PrintMethod;
  /** The user closed the print dialog without printing. */
  cancelled: boolean;
}

export const reportTarget = z.object({ file: reportFile, inspectionId: inspectionId.optional() }).strict();

export const reportFileChannels = {
  'reports:list': channel(z.object({ inspectionId }).strict(), '一次核查的报告文件及其数字签名').reads<ReportFileEntry[]>(),
  'reports:open': channel(reportTarget, '用系统 PDF 阅读器打开报告').reads<{ opened: boolean; file: string }>(),
  'reports:print': channel(reportTarget, '打印报告（系统打印对话框；不可用时在阅读器中打开）').reads<PrintOutcome>(),
};
