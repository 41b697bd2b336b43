import type { IsoDate } from '../deadlines/plain-date';
import { SKILL_LEVEL_LABELS, type SkillLevel } from '../validation/skill-level';
import type { DiversityStep } from './diverse-batches';
import type { DrawNote } from './draw-notes';
import type { PopulationBatch } from './population';

export interface DrawnBatch {
  batchId: string;
  occupationCode: string;
  occupationName: string;
  level: SkillLevel;
  levelLabel: string;
  examDate: IsoDate;
  candidatesInBatch: number;
  /** Drawn candidates sorted by code point (R-SM-01); empty for rules that check a batch's records. */
  candidateIds: string[];
}

export interface DrawnOccupation {
  occupationCode: string;
  occupationName: string;
  batchCount: number;
}

/** R-SM-05: per exam year, how many batches there were and how many were drawn. */
export interface YearQuota {
  year: string;
  batches: number;
  percent: number;
  drawn: number;
}

/** What a rule drew; the record adds where it came from. */
export interface DrawOutcome {
  diversity: DiversityStep | null;
  year: string | null;
  batches: DrawnBatch[];
  occupations: DrawnOccupation[];
  yearQuotas: YearQuota[];
  notes: DrawNote[];
}

export function toDrawnBatch(batch: PopulationBatch, candidateIds: string[] = []): DrawnBatch {
  return {
    batchId: batch.id,
    occupationCode: batch.occupationCode,
    occupationName: batch.occupationName,
    level: batch.level,
    levelLabel: SKILL_LEVEL_LABELS[batch.level] ?? String(batch.level),
    examDate: batch.examDate,
    candidatesInBatch: batch.candidateIds.length,
    candidateIds,
  };
}

/** The exam year of a batch ('2023' of '2023-03-18'). */
export function examYear(batch: PopulationBatch): string {
  return batch.examDate.slice(0, 4);
}
