import { z } from 'zod';
import { DIRECTORY_INSTITUTION_KINDS, type RoundDrawRecord, type RoundRules, type RoundVerification } from '../../domain/double-random/types';
import { roundRulesSchema } from '../../domain/double-random/rules-schema';
import type { AssessmentRound } from '../../domain/rounds/types';
import { channel } from '../define';

const roundUid = z.string().regex(/^[0-9a-f]{32}$/, 'ARG_ROUND_UID');
const filePath = z.string().min(1).max(4096);

/** An office round with its plan (双随机): rules, the seed's commitment and, once drawn, the draw. */
export interface RoundPlanView {
  round: AssessmentRound;
  rules: RoundRules;
  /** SHA-256 of the seed, published before the draw. */
  seedHash: string;
  seedSource: 'generated' | 'announced';
  seedNote: string | null;
  /** The seed itself: shown once the round is drawn (before, only its hash). */
  seed: string | null;
  createdBy: string;
  createdAt: string;
  draw: RoundDrawRecord | null;
}

export interface RoundPlanSummary {
  round: AssessmentRound;
  seedHash: string;
  drawnAt: string | null;
  selected: number | null;
  panels: number | null;
  /** Panels with a seat that could not be filled. */
  shortPanels: number | null;
}

/** One pack a drawn round gives: a panel leader's laptop and the filings it leads. */
export interface RoundPackTarget {
  leaderCode: string;
  leaderName: string;
  deviceKey: string | null;
  deviceLabel: string | null;
  filingIds: number[];
  /** Why no pack can be made yet: the leader has no laptop, or it is not enrolled; null when it can. */
  problem: 'noDevice' | 'deviceNotEnrolled' | null;
}

export const roundPlanCreateArgs = z
  .object({
    name: z.string().trim().min(1).max(200),
    year: z.number().int().min(2000).max(2100),
    /** Absent: the year's defaults (defaultRoundRules). */
    rules: roundRulesSchema.optional(),
    /** A value the office announced (hex, 32–128 digits); absent: a fresh random seed. */
    seed: z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{32,128}$/, 'ARG_SEED')
      .optional(),
    seedNote: z.string().trim().min(1).max(500).optional(),
  })
  .strict();

export const roundPlanChannels = {
  'roundPlans:list': channel(z.object({}).strict(), '双随机：本单位的评估轮次计划（规则、种子承诺、抽取结果概况）').reads<RoundPlanSummary[]>(),
  'roundPlans:create': channel(roundPlanCreateArgs, '双随机：新建评估轮次及其抽取规则，固定随机种子并给出其哈希').writes<RoundPlanView>(),
  'roundPlans:get': channel(z.object({ roundUid }).strict(), '双随机：一个评估轮次的规则和抽取结果（含每个回避记录）').reads<RoundPlanView>(),
  'roundPlans:setRules': channel(
    z.object({ roundUid, rules: roundRulesSchema }).strict(),
    '双随机：修改尚未抽取的评估轮次的规则',
  ).writes<RoundPlanView>(),
  'roundPlans:draw': channel(z.object({ roundUid }).strict(), '双随机：按规则和已固定的种子抽取检查对象和专家组（只能一次）').writes<RoundPlanView>(),
  'roundPlans:verify': channel(
    z.object({ roundUid }).strict(),
    '双随机：按记录的种子、规则和两个名录重新抽取并比对，同 round verify',
  ).reads<RoundVerification>(),
  'roundPlans:publish': channel(
    z.object({ roundUid, kind: z.enum(['draw', 'results']), format: z.enum(['pdf', 'xlsx']), path: filePath }).strict(),
    '一公开：导出抽取结果公示（或检查结果公示），PDF 或 XLSX，不含身份证号',
  ).writes<{ path: string }>(),
  'roundPlans:packs': channel(z.object({ roundUid }).strict(), '双随机：抽取结果对应的任务包（每位组长的笔记本一个）').reads<RoundPackTarget[]>(),
  'roundPlans:exportPack': channel(
    z
      .object({
        roundUid,
        deviceKey: z.string().min(1).max(100),
        /** The form (a version by hash, or the current version of the id) each kind of filing is assessed with. */
        forms: z
          .array(
            z
              .object({
                kind: z.enum(DIRECTORY_INSTITUTION_KINDS),
                templateId: z.string().min(1).max(100),
                templateHash: z
                  .string()
                  .regex(/^[0-9a-f]{64}$/, 'ARG_TEMPLATE_HASH')
                  .optional(),
              })
              .strict(),
          )
          .min(1)
          .max(3),
        passphrase: z.string().min(1, 'ARG_OFFICE_PASSPHRASE_REQUIRED').max(500),
        path: filePath,
      })
      .strict(),
    '双随机：为一位组长的笔记本导出本轮任务包（含专家组名单）',
  ).writes<{ path: string; assignments: number; sequence: number }>(),
};
