import type { Database } from '../../../../db/engine';
import { getFiling } from '../../../../db/repositories/filings';
import type { SkillLevel } from '../../../../shared/store/enums';

export interface CertifiedByLevel {
  junior: number;
  intermediate: number;
  senior: number;
  technician: number;
  seniorTechnician: number;
}

/** One line of 附件2: 职业名称, 职业代码, 工种/职业方向, 批次, 人次, 发证数 per level, 享受补贴人数. */
export interface StatisticsRow {
  institutionName: string;
  filingNo: string;
  occupationName: string;
  occupationCode: string;
  direction: string;
  batches: number;
  personTimes: number;
  certified: CertifiedByLevel;
  /** null: subsidies are not recorded yet; printed blank, never as 0. */
  subsidised: number | null;
}

const LEVEL_COLUMN: Partial<Record<SkillLevel, keyof CertifiedByLevel>> = {
  level5: 'junior',
  level4: 'intermediate',
  level3: 'senior',
  level2: 'technician',
  level1: 'seniorTechnician',
};

/**
 * 工作情况统计表 (004 附件2, R-YQ-08) for the given filings: per filed occupation, batches and person-times organised
 * and certificates issued per level; occupations not evaluated show 0. Subsidies are not recorded yet: 0.
 */
export function buildStatistics(db: Database, filingIds: readonly number[]): StatisticsRow[] {
  const rows: StatisticsRow[] = [];
  for (const filingId of filingIds) {
    const filing = getFiling(db, filingId);
    if (!filing) continue;
    const occupations = db
      .prepare('SELECT id, code, name, work_type FROM filed_occupations WHERE filing_id = ? ORDER BY code, work_type')
      .all(filingId) as {
      id: number;
      code: string;
      name: string;
      work_type: string;
    }[];
    for (const occupation of occupations) {
      const perLevel = db
        .prepare(
          `SELECT b.level AS level, count(DISTINCT b.id) AS batches, count(c.id) AS persons, count(c.certificate_no) AS certified
           FROM batches b LEFT JOIN candidates c ON c.batch_id = b.id WHERE b.filed_occupation_id = ? GROUP BY b.level`,
        )
        .all(occupation.id) as { level: SkillLevel; batches: number; persons: number; certified: number }[];
      const certified = { junior: 0, intermediate: 0, senior: 0, technician: 0, seniorTechnician: 0 };
      for (const level of perLevel) {
        const column = LEVEL_COLUMN[level.level];
        if (column) certified[column] += level.certified;
      }
      rows.push({
        institutionName: filing.listedName,
        filingNo: filing.filingNo,
        occupationName: occupation.name,
        occupationCode: occupation.code,
        direction: occupation.work_type,
        batches: perLevel.reduce((sum, l) => sum + l.batches, 0),
        personTimes: perLevel.reduce((sum, l) => sum + l.persons, 0),
        certified,
        subsidised: null,
      });
    }
  }
  return rows;
}
