import { z } from 'zod';
import { channel } from '../define';

/**
 * The only file types a dialog may offer: the window names a kind, main turns it into the dialog's filter, so the
 * renderer can never widen what the user is asked to pick.
 */
export const fileKinds = ['xlsx-csv', 'xlsx', 'pdf', 'sync-bundle', 'sync-pack', 'p12', 'form', 'calendar'] as const;
export type FileKind = (typeof fileKinds)[number];

export const fileKindFilters: Record<FileKind, { name: string; extensions: string[] }> = {
  'xlsx-csv': { name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'csv'] },
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  pdf: { name: 'PDF 文档', extensions: ['pdf'] },
  // Sync files (docs/sync-format.md): result bundles laptop → office, assignment packs office → laptop, the
  // inspector's certificate that `office enroll` writes.
  'sync-bundle': { name: '结果包', extensions: ['skb'] },
  'sync-pack': { name: '任务包', extensions: ['skp'] },
  p12: { name: '证书文件（PKCS#12）', extensions: ['p12'] },
  form: { name: '评估表文件', extensions: ['xlsx', 'json'] },
  calendar: { name: '工作日历', extensions: ['json', 'xlsx', 'csv'] },
};

/** The registry's words for each kind, for error sentences in either language (shared/errors/codes/files.ts). */
export const fileKindTerms: Record<FileKind, string> = {
  'xlsx-csv': 'TERM_FILE_XLSX_CSV',
  xlsx: 'TERM_FILE_XLSX',
  pdf: 'TERM_FILE_PDF',
  'sync-bundle': 'TERM_FILE_SYNC_BUNDLE',
  'sync-pack': 'TERM_FILE_SYNC_PACK',
  p12: 'TERM_FILE_P12',
  form: 'TERM_FILE_FORM',
  calendar: 'TERM_FILE_CALENDAR',
};

/** A suggested file name only: no folders, no characters Windows refuses. */
const defaultName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^/\\:*?"<>|]+$/, 'ARG_FILE_NAME_CHARS')
  .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 0x20), 'ARG_FILE_NAME_CONTROL');
const title = z.string().trim().min(1).max(100);
const filePath = z.string().min(1).max(4096);

export const chooseOpenArgs = z.object({ kind: z.enum(fileKinds), title }).strict();
export const chooseSaveArgs = z.object({ kind: z.enum(fileKinds), title, defaultName }).strict();

/** What a dialog answered: null when the user cancelled (or no dialog can be shown). */
export interface ChosenFile {
  path: string | null;
  /** The file name alone, for the window to show. */
  name: string | null;
}

export interface OpenedFile {
  /** False where no system viewer can be asked (the browser harness). */
  opened: boolean;
  name: string;
}

export const filesChannels = {
  'files:chooseOpen': channel(chooseOpenArgs, '系统“打开文件”对话框；选中的文件本次运行中可供导入').reads<ChosenFile>(),
  'files:chooseSave': channel(chooseSaveArgs, '系统“另存为”对话框；选定的位置本次运行中可供导出').reads<ChosenFile>(),
  'files:open': channel(z.object({ path: filePath }).strict(), '用系统程序打开本次运行中选择或导出的文件').reads<OpenedFile>(),
};
