import { z } from 'zod';
import { signerRoles } from '../../store/enums';
import type { InspectionRecord } from '../../store/records';
import { channel } from '../define';
import type { SignatureSummary } from './inspections';

const id = z.number().int().positive();
/** A signature_pad PNG: a few tens of KB; 2 MB leaves room for a large screen. */
const MAX_SIGNATURE_CHARS = 2 * 1024 * 1024;

export const signArgs = z
  .object({
    inspectionId: id,
    signerName: z.string().trim().min(1).max(100),
    role: z.enum(signerRoles),
    imageDataUrl: z
      .string()
      .max(MAX_SIGNATURE_CHARS)
      .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'ARG_SIGNATURE_NOT_PNG'),
  })
  .strict();

export const lockArgs = z.object({ inspectionId: id }).strict();
export const reviseArgs = z.object({ inspectionId: id, reason: z.string().trim().min(1, 'ARG_REVISION_REASON_REQUIRED').max(500) }).strict();
export const signatureImageArgs = z.object({ inspectionId: id, id }).strict();

export const signingChannels = {
  'inspections:sign': channel(signArgs, '评估人员或机构负责人手写签名').writes<SignatureSummary>(),
  'inspections:lock': channel(lockArgs, '签名齐全后锁定核查记录（记录得分）').writes<InspectionRecord>(),
  'inspections:revise': channel(reviseArgs, '锁定后更正：新建修订版本并说明原因，保留已签名版本').writes<InspectionRecord>(),
  'signatures:image': channel(signatureImageArgs, '读取签名图像').reads<{ dataUrl: string }>(),
};
