import { z } from 'zod';
import { RECTIFICATION_DECISIONS, type RectificationView } from '../../domain/rectification/types';
import { argMessage } from '../../errors';
import { channel } from '../define';
import { isoDateArg } from '../iso-date-arg';

const uid = z.string().regex(/^[0-9a-f]{32}$/, 'ARG_RECTIFICATION_UID');
const isoDate = isoDateArg;

/** An evidence file of a response: a scan or photo, at most 6 MiB (like inspection evidence). */
export const MAX_RESPONSE_FILE_BYTES = 6 * 1024 * 1024;
export const responseFileMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'] as const;
const responseFile = z
  .object({
    name: z.string().trim().min(1).max(255),
    mime: z.enum(responseFileMimeTypes),
    dataBase64: z
      .string()
      .min(1)
      .max(Math.ceil(MAX_RESPONSE_FILE_BYTES / 3) * 4, argMessage('ARG_EVIDENCE_TOO_LARGE', { maxMb: MAX_RESPONSE_FILE_BYTES / 1024 / 1024 }))
      .regex(/^[A-Za-z0-9+/]+=*$/, 'ARG_NOT_BASE64'),
  })
  .strict();

export const rectificationChannels = {
  'rectifications:list': channel(
    z.object({ filingId: z.number().int().positive().optional(), onDate: isoDate.optional() }).strict(),
    '整改：全部整改记录及其期限状态（整改中、即将到期、整改逾期）',
  ).reads<RectificationView[]>(),
  'rectifications:get': channel(z.object({ uid, onDate: isoDate.optional() }).strict(), '整改：一条整改记录的全部内容').reads<RectificationView>(),
  'rectifications:open': channel(
    z.object({ inspectionId: z.number().int().positive() }).strict(),
    '整改：为一份已通过复核、结论要求整改的核查开具整改记录（已开具则返回原记录）',
  ).writes<RectificationView>(),
  'rectifications:respond': channel(
    z
      .object({
        uid,
        receivedOn: isoDate,
        summary: z.string().trim().min(1).max(4000),
        files: z.array(responseFile).max(20),
      })
      .strict(),
    '整改：登记机构的整改情况说明及佐证材料',
  ).writes<RectificationView>(),
  'rectifications:notice': channel(
    z.object({ uid, passphrase: z.string().min(1).max(500) }).strict(),
    '整改：生成并签名整改通知书 PDF（办公室密钥）',
  ).writes<RectificationView>(),
  // Writes: the viewer needs a file, so the stored BLOB is copied under the data folder first (like sync:openFile).
  'rectifications:openFile': channel(
    z.object({ fileId: z.number().int().positive() }).strict(),
    '整改：用系统查看器打开整改通知书或佐证材料',
  ).writes<{
    opened: boolean;
  }>(),
  'rectifications:decide': channel(
    z
      .object({
        uid,
        decision: z.enum(RECTIFICATION_DECISIONS),
        reason: z.string().trim().min(1).max(2000),
        decidedOn: isoDate,
        followUpInspectionId: z.number().int().positive().optional(),
      })
      .strict(),
    '整改：记录最终决定（准予延续 / 恢复评价 / 终止备案）、决定人及理由',
  ).writes<RectificationView>(),
};
