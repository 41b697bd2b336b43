import { z } from 'zod';
import type { ImportPreview } from '../../import/preview';
import { importKinds, type ImportProgress, type ImportSummary } from '../../import/types';
import { institutionKinds } from '../../store/enums';
import { filingStatusCodes } from './institutions';
import { channel, event } from '../define';

// Paths come from the open/save dialogs (files:chooseOpen / files:chooseSave): main refuses any other (PATH_NOT_GRANTED).
const filePath = z.string().min(1).max(4096);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ARG_DATE_FORMAT');

export const importPreviewArgs = z.object({ kind: z.enum(importKinds), path: filePath }).strict();
export const importCommitArgs = z.object({ kind: z.enum(importKinds), path: filePath, validOnly: z.boolean().default(false) }).strict();

export const exportInstitutionsArgs = z
  .object({
    path: filePath,
    query: z.string().max(200).optional(),
    kind: z.enum(institutionKinds).optional(),
    region: z.string().min(1).max(100).optional(),
    filingYear: z.number().int().min(1949).max(2200).optional(),
    status: z.enum(filingStatusCodes).optional(),
  })
  .strict();

export const exportStatisticsArgs = z
  .object({ filingId: z.number().int().positive(), path: filePath, from: isoDate.optional(), to: isoDate.optional() })
  .strict();

export const importExportChannels = {
  'import:preview': channel(importPreviewArgs, '读取并检查 Excel/CSV 文件（不写入），返回前若干行和每行问题').reads<ImportPreview>(),
  'import:commit': channel(importCommitArgs, '导入文件：有不合格行时整体拒绝，除非 validOnly(只导入合格行)').writes<ImportSummary>(),
  'export:institutions': channel(exportInstitutionsArgs, '导出评价机构名单（XLSX）').writes<{ path: string; rows: number }>(),
  'export:statistics': channel(exportStatisticsArgs, '导出机构工作情况统计表（附件2,XLSX）').writes<{ path: string; occupations: number }>(),
};

export const importExportEvents = {
  'import:progress': event<ImportProgress>('导入进度：阶段与已读行数'),
};
