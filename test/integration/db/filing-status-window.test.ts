import fc from 'fast-check';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listedFilingStatus, statusWindow } from '../../../db/filing-status';
import { addDays, fromDayNumber, toDayNumber } from '../../../shared/domain/deadlines/plain-date';

const day = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);

describe('status search windows', () => {
  it('R-DL-01/02/06 the valid_to window of a status never excludes a filing that has that status (property)', () => {
    const db = new Database(':memory:');
    const check = (sql: string, params: string[], validTo: string) =>
      (db.prepare(`SELECT count(*) AS n FROM (SELECT ? AS valid_to) f WHERE ${sql}`).get(validTo, ...params) as { n: number }).n === 1;
    fc.assert(
      fc.property(day('2018-01-01', '2024-12-31'), fc.integer({ min: 0, max: 1500 }), day('2019-01-01', '2028-12-31'), (filedOn, length, onDate) => {
        const validTo = addDays(filedOn, length);
        const status = listedFilingStatus({ filingYear: Number(filedOn.slice(0, 4)), filedOn, validFrom: filedOn, validTo }, onDate);
        const window = statusWindow(status.code, onDate);
        return check(window.sql, window.params, validTo);
      }),
      { numRuns: 3000 },
    );
    db.close();
  });

  it('month ends are inside the windows (clamped month arithmetic)', () => {
    const status = listedFilingStatus({ filingYear: 2020, filedOn: '2020-06-01', validFrom: null, validTo: '2023-05-31' }, '2023-02-28');
    expect(status.code).toBe('renewalWindow');
    expect(statusWindow('renewalWindow', '2023-02-28').params).toEqual(['2023-02-28', '2023-06-28']);
  });
});
