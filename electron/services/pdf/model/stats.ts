import type { InstitutionHeader } from './common';

/** 职业技能等级认定机构工作情况统计表 (004 附件2, R-YQ-08). */
export interface StatsModel {
  kind: 'stats';
  institution: InstitutionHeader;
  rows: StatsRow[];
  fingerprint?: string;
}

export interface StatsRow {
  occupationName: string;
  occupationCode: string;
  /** 工种/职业方向. */
  direction: string;
  batches: number;
  personTimes: number;
  /** 已发证人数 per level: 初级, 中级, 高级, 技师, 高级技师. */
  certified: { junior: number; intermediate: number; senior: number; technician: number; seniorTechnician: number };
  subsidised: number;
}
