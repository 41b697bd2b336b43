import { z } from 'zod';
import { AppError } from '../../errors';
import { isIsoDate, type IsoDate } from '../deadlines/plain-date';
import { validateOccupationCode } from '../validation/occupation-code';
import { parseSkillLevel, type SkillLevel } from '../validation/skill-level';

export const POPULATION_FORMAT = 'skill-inspector/population/v1';

export const INSTITUTION_KINDS = ['enterprise', 'college', 'socialOrg'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** One exam sitting (批次) of one occupation and level, with the candidates evaluated in it. */
export interface PopulationBatch {
  id: string;
  occupationCode: string;
  occupationName: string;
  level: SkillLevel;
  examDate: IsoDate;
  candidateIds: readonly string[];
}

/** The snapshot a draw is made from: one institution's batches. */
export interface Population {
  institutionKind: InstitutionKind | null;
  batches: readonly PopulationBatch[];
}

const nonEmpty = (what: string) => z.string({ error: `${what}须为文本` }).trim().min(1, `${what}不能为空`);

const batchSchema = z.object({
  id: nonEmpty('批次编号'),
  occupationCode: nonEmpty('职业编码').transform((text, ctx) => {
    const result = validateOccupationCode(text);
    if (result.ok) return result.value.code;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  }),
  occupationName: nonEmpty('职业（工种）名称'),
  level: z.union([z.string(), z.number()], { error: '等级须为文本' }).transform((raw, ctx) => {
    const result = parseSkillLevel(String(raw));
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  }),
  examDate: z.string({ error: '考试日期须为文本' }).refine(isIsoDate, '考试日期须为 YYYY-MM-DD 格式的有效日期'),
  candidateIds: z.array(nonEmpty('考生编号'), { error: '考生名单须为数组' }),
});

/** The population file (JSON). `level` accepts any common spelling and is stored as its code. */
export const populationSchema = z
  .object({
    format: z.literal(POPULATION_FORMAT, { error: `format 须为 ${POPULATION_FORMAT}` }).optional(),
    institutionKind: z.enum(INSTITUTION_KINDS, { error: '机构类别须为 enterprise、college 或 socialOrg' }).nullish(),
    batches: z.array(batchSchema, { error: '批次列表须为数组' }),
  })
  .superRefine((population, ctx) => {
    const seenBatches = new Set<string>();
    population.batches.forEach((batch, index) => {
      if (seenBatches.has(batch.id)) {
        ctx.addIssue({ code: 'custom', path: ['batches', index, 'id'], message: `批次编号“${batch.id}”重复` });
      }
      seenBatches.add(batch.id);
      const seenCandidates = new Set<string>();
      batch.candidateIds.forEach((candidateId, candidateIndex) => {
        if (seenCandidates.has(candidateId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['batches', index, 'candidateIds', candidateIndex],
            message: `考生编号“${candidateId}”在同一批次中重复`,
          });
        }
        seenCandidates.add(candidateId);
      });
    });
  });

/** `batches[3].level` from a zod path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** Validates a population read from JSON; AppError POPULATION_INVALID names the first bad fields. */
export function parsePopulation(data: unknown): Population {
  const result = populationSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((issue) => `${formatIssuePath(issue.path) || '（根）'}: ${issue.message}`);
    const more = result.error.issues.length > 5 ? `（另有 ${result.error.issues.length - 5} 处错误）` : '';
    throw new AppError('POPULATION_INVALID', `抽样总体文件无效：${issues.join('；')}${more}`, result.error.issues);
  }
  return { institutionKind: result.data.institutionKind ?? null, batches: result.data.batches };
}
