import { z } from 'zod';
import { sampledUnitKinds } from '../../store/enums';
import type { EvidenceRecord } from '../../store/records';
import { channel } from '../define';
import { argMessage } from '../../errors';

/** Base64 of at most 6 MiB: a phone photo or a scanned page; the harness bridge accepts 10 MB bodies. */
export const MAX_EVIDENCE_BYTES = 6 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4;

/** Types the window can show as thumbnails or open; others are refused. */
export const evidenceMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'] as const;

export const evidenceAttachArgs = z
  .object({
    inspectionId: z.number().int().positive(),
    itemId: z.string().min(1).max(40).optional(),
    /** Links the file to a finding on a sampled unit; the finding is recorded with it. */
    finding: z
      .object({
        unitKind: z.enum(sampledUnitKinds),
        unitId: z.string().min(1).max(100),
        description: z.string().trim().min(1).max(1000),
      })
      .strict()
      .optional(),
    fileName: z.string().trim().min(1).max(255),
    mime: z.enum(evidenceMimeTypes),
    dataBase64: z
      .string()
      .min(1)
      .max(MAX_BASE64_CHARS, argMessage('ARG_EVIDENCE_TOO_LARGE', { maxMb: MAX_EVIDENCE_BYTES / 1024 / 1024 }))
      .regex(/^[A-Za-z0-9+/]+=*$/, 'ARG_NOT_BASE64'),
  })
  .strict();

export const evidenceReadArgs = z.object({ inspectionId: z.number().int().positive(), id: z.number().int().positive() }).strict();

export const evidenceChannels = {
  'evidence:attach': channel(evidenceAttachArgs, '附上证据文件（照片、扫描件），存入数据目录并记录 SHA-256').writes<EvidenceRecord>(),
  'evidence:read': channel(evidenceReadArgs, '读取证据文件（用于缩略图），核对 SHA-256').reads<{ dataUrl: string; intact: boolean }>(),
};
