import type { FilingDetail } from '../../../../shared/ipc/channels/institutions';
import { NATIONAL_LEVELS, nationalLevelOf, type NationalLevel } from '../../../../shared/domain/validation/skill-level';

/** One row of 附件2 工作情况统计表 (R-YQ-08); occupations not evaluated are filled with 0. */
export interface OccupationStatistics {
  occupationId: number;
  name: string;
  code: string;
  workType: string;
  batches: number;
  personTimes: number;
  certificates: Record<NationalLevel, number>;
  certificateTotal: number;
}

export function filingStatistics(filing: FilingDetail): OccupationStatistics[] {
  return filing.occupations.map((occupation) => {
    const batches = filing.batches.filter((b) => b.filedOccupationId === occupation.id);
    const certificates = Object.fromEntries(NATIONAL_LEVELS.map((level) => [level, 0])) as Record<NationalLevel, number>;
    let personTimes = 0;
    for (const batch of batches) {
      personTimes += batch.candidates.length;
      const issued = batch.candidates.filter((c) => c.certificateNo).length;
      certificates[nationalLevelOf(batch.level)] += issued;
    }
    return {
      occupationId: occupation.id,
      name: occupation.name,
      code: occupation.code,
      workType: occupation.workType,
      batches: batches.length,
      personTimes,
      certificates,
      certificateTotal: NATIONAL_LEVELS.reduce((sum, level) => sum + certificates[level], 0),
    };
  });
}
