import { describe, expect, it } from 'vitest';
import { buildStatisticsRows, subsidyNotRecorded, type StatisticsBatch } from '../../../shared/export/statistics-rows';

const occupations = [
  { id: 1, code: '4-10-01-02', name: '育婴员', workType: '' },
  { id: 2, code: '4-10-01-05', name: '养老护理员', workType: '' },
];
const batch = (subsidised: number | null, filedOccupationId = 1): StatisticsBatch => ({
  filedOccupationId,
  level: 'level5',
  examDate: '2023-05-01',
  candidates: 10,
  certificates: 8,
  subsidised,
});

describe('附件2 rows: 领取补贴人数', () => {
  it('R-YQ-08 sums recorded subsidies; an occupation not evaluated counts 0', () => {
    const rows = buildStatisticsRows(occupations, [batch(3), batch(4)]);
    expect(rows.map((row) => row.subsidised)).toEqual([7, 0]);
    expect(subsidyNotRecorded(rows)).toBe(false);
  });

  it('R-YQ-08 is unknown (null, printed blank with a note) as soon as one counted batch has no record', () => {
    const rows = buildStatisticsRows(occupations, [batch(3), batch(null), batch(2)]);
    expect(rows.map((row) => row.subsidised)).toEqual([null, 0]);
    expect(subsidyNotRecorded(rows)).toBe(true);
  });
});
