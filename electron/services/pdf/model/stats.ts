import type { StatisticsRow } from '../../../../shared/export/statistics-rows';
import type { InstitutionHeader } from './common';

/** 职业技能等级认定机构工作情况统计表 (004 附件2, R-YQ-08); rows as the XLSX export builds them. */
export interface StatsModel {
  kind: 'stats';
  institution: InstitutionHeader;
  rows: StatisticsRow[];
  fingerprint?: string;
}
