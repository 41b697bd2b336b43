import type { SkillLevel } from '../store/enums';
import { statisticsForm } from './statistics-form';

export interface StatisticsOccupation {
  id: number;
  code: string;
  name: string;
  workType: string;
}

export interface StatisticsBatch {
  filedOccupationId: number;
  level: SkillLevel;
  examDate: string;
  candidates: number;
  /** Certificates issued in this batch (candidates with a certificate number). */
  certificates: number;
  /** null: not recorded (the store has no subsidy data yet). */
  subsidised: number | null;
}

export interface StatisticsRow {
  occupationName: string;
  occupationCode: string;
  workType: string;
  batches: number;
  persons: number;
  /** Every certificate issued, including 学徒工 / 特级技师 / 首席技师 which have no column of their own. */
  certifiedTotal: number;
  /** Per form column: 初级, 中级, 高级, 技师, 高级技师. */
  certifiedByLevel: number[];
  /** null when any counted batch has no subsidy record: printed blank for the institution to fill in, never as 0. */
  subsidised: number | null;
}

/**
 * R-YQ-08: one row per filed occupation (工种), counting the batches examined in the period; an occupation that was
 * not evaluated gets a row of 0s ("没有开展评价的职业(工种),评价情况填写“0”").
 */
export function buildStatisticsRows(
  occupations: readonly StatisticsOccupation[],
  batches: readonly StatisticsBatch[],
  period: { from?: string; to?: string } = {},
): StatisticsRow[] {
  const levelIndex = new Map<SkillLevel, number>(statisticsForm.levelColumns.map((column, index) => [column.level, index]));
  const inPeriod = (batch: StatisticsBatch) =>
    (period.from === undefined || batch.examDate >= period.from) && (period.to === undefined || batch.examDate <= period.to);
  return occupations.map((occupation) => {
    const row: StatisticsRow = {
      occupationName: occupation.name,
      occupationCode: occupation.code,
      workType: occupation.workType,
      batches: 0,
      persons: 0,
      certifiedTotal: 0,
      certifiedByLevel: statisticsForm.levelColumns.map(() => 0),
      subsidised: 0,
    };
    for (const batch of batches) {
      if (batch.filedOccupationId !== occupation.id || !inPeriod(batch)) continue;
      row.batches += 1;
      row.persons += batch.candidates;
      row.certifiedTotal += batch.certificates;
      row.subsidised = row.subsidised === null || batch.subsidised === null ? null : row.subsidised + batch.subsidised;
      const column = levelIndex.get(batch.level);
      if (column !== undefined) row.certifiedByLevel[column] = (row.certifiedByLevel[column] ?? 0) + batch.certificates;
    }
    return row;
  });
}

/** Printed under 附件2 when a 领取补贴人数 cell is blank because nothing was recorded. */
export const SUBSIDY_NOT_RECORDED_NOTE = '注：本机记录中没有领取补贴的数据，“领取补贴人数”栏留空，请按实际情况填写。';

export function subsidyNotRecorded(rows: readonly StatisticsRow[]): boolean {
  return rows.some((row) => row.subsidised === null);
}
