import { z } from 'zod';
import type { SamplingDrawRecord } from '../../store/records';
import { channel } from '../define';

/** The sampling rules a draw can follow (shared/domain/sampling SAMPLING_RULES). */
export const drawableRules = ['R-SM-01', 'R-SM-02', 'R-SM-03', 'R-SM-04', 'R-SM-05'] as const;
export type DrawableRule = (typeof drawableRules)[number];

export const samplingDrawArgs = z
  .object({
    inspectionId: z.number().int().positive(),
    rule: z.enum(drawableRules),
    /** Required for every draw after the first of the same rule (R-SM-06). */
    reason: z.string().trim().max(500).optional(),
  })
  .strict();

export const samplingChannels = {
  'sampling:draw': channel(
    samplingDrawArgs,
    '按抽样规则从本备案的批次与考生中随机抽取（重新抽取须说明原因，所有抽取均保留）',
  ).writes<SamplingDrawRecord>(),
};
