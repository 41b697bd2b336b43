import { z } from 'zod';
import { AppError, argIssuesOf, argMessage } from '../../errors';
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

/** `what` is a registry term (TERM_POP_…), so the issue reads in the reader's language. */
const nonEmpty = (what: string) =>
  z
    .string({ error: argMessage('POP_NOT_TEXT', { what }) })
    .trim()
    .min(1, argMessage('POP_EMPTY', { what }));

const batchSchema = z.object({
  id: nonEmpty('TERM_POP_BATCH_ID'),
  occupationCode: nonEmpty('TERM_POP_OCCUPATION_CODE').transform((text, ctx) => {
    const result = validateOccupationCode(text);
    if (result.ok) return result.value.code;
    ctx.addIssue({ code: 'custom', message: argMessage(result.reason.code, result.reason.params) });
    return z.NEVER;
  }),
  occupationName: nonEmpty('TERM_POP_OCCUPATION_NAME'),
  level: z.union([z.string(), z.number()], { error: 'POP_LEVEL_NOT_TEXT' }).transform((raw, ctx) => {
    const result = parseSkillLevel(String(raw));
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: argMessage(result.reason.code, result.reason.params) });
    return z.NEVER;
  }),
  examDate: z.string({ error: 'POP_DATE_NOT_TEXT' }).refine(isIsoDate, 'POP_DATE_INVALID'),
  candidateIds: z.array(nonEmpty('TERM_POP_CANDIDATE_ID'), { error: 'POP_CANDIDATES_NOT_ARRAY' }),
});

/** The population file (JSON). `level` accepts any common spelling and is stored as its code. */
export const populationSchema = z
  .object({
    format: z.literal(POPULATION_FORMAT, { error: argMessage('POP_FORMAT', { format: POPULATION_FORMAT }) }).optional(),
    institutionKind: z.enum(INSTITUTION_KINDS, { error: 'POP_KIND' }).nullish(),
    batches: z.array(batchSchema, { error: 'POP_BATCHES_NOT_ARRAY' }),
  })
  .superRefine((population, ctx) => {
    const seenBatches = new Set<string>();
    population.batches.forEach((batch, index) => {
      if (seenBatches.has(batch.id)) {
        ctx.addIssue({ code: 'custom', path: ['batches', index, 'id'], message: argMessage('POP_DUPLICATE_BATCH', { id: batch.id }) });
      }
      seenBatches.add(batch.id);
      const seenCandidates = new Set<string>();
      batch.candidateIds.forEach((candidateId, candidateIndex) => {
        if (seenCandidates.has(candidateId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['batches', index, 'candidateIds', candidateIndex],
            message: argMessage('POP_DUPLICATE_CANDIDATE', { id: candidateId }),
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
    throw new AppError('POPULATION_INVALID', { count: result.error.issues.length }, result.error.issues, argIssuesOf(result.error).slice(0, 5));
  }
  return { institutionKind: result.data.institutionKind ?? null, batches: result.data.batches };
}
