import { z } from 'zod';
import { isIsoDate } from '../deadlines/plain-date';
import type { RoundRules } from './types';

const percent = z.number().int('ARG_PERCENT').min(0, 'ARG_PERCENT').max(100, 'ARG_PERCENT');
const kindPercents = z.object({ enterprise: percent, college: percent, socialOrg: percent }).strict();
const isoDate = z.string().refine(isIsoDate, 'ARG_DATE_FORMAT');

/** A round's rules as the window, the CLI (a JSON file) and the store (round_plans.rules_json) give them. */
export const roundRulesSchema = z
  .object({
    renewalWindow: z
      .object({ from: isoDate, to: isoDate })
      .strict()
      .refine((w) => w.from <= w.to, 'ARG_WINDOW_ORDER')
      .nullable(),
    spotCheckPercent: kindPercents,
    processCheck: z
      .object({ year: z.number().int().min(2000).max(2100), batchPercent: kindPercents })
      .strict()
      .nullable(),
    panel: z
      .object({
        members: z.number().int().min(0).max(10),
        maxPanelsPerExpert: z.number().int().min(1).max(1000),
        avoidSameRegion: z.boolean(),
        avoidPreviousRound: z.boolean(),
        previousRoundUid: z
          .string()
          .regex(/^[0-9a-f]{32}$/, 'ARG_ROUND_UID')
          .nullable(),
        preferSpecialists: z.boolean(),
      })
      .strict(),
  })
  .strict() satisfies z.ZodType<RoundRules>;
