import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMeta } from '../../../db/repositories/app-meta';
import { buildExpertDirectory } from '../../../electron/services/round-plans/expert-directory';
import { buildInstitutionDirectory } from '../../../electron/services/round-plans/institution-directory';
import { defaultRoundRules } from '../../../shared/domain/double-random/types';
import { officeTemplate, processRules, seedProvince, YEAR } from './round-plan-fixtures';

let office: ReturnType<typeof officeTemplate>;
beforeAll(() => {
  office = officeTemplate();
}, 120_000);
afterAll(() => office.cleanup());

describe('the two directories built from the store (双随机 名录库)', () => {
  it('R-SM-05 the institution directory holds every real filing with its occupations and the process-check year’s batches only', () => {
    const { db } = office.context();
    const { a, b, c, d } = seedProvince(db);
    const directory = buildInstitutionDirectory(db, processRules());
    expect(directory.filings.map((filing) => filing.filingId)).toEqual([a.filingId, b.filingId, c.filingId]);
    expect(directory.filings.some((filing) => filing.filingId === d.filingId)).toBe(false);
    const [filingA, filingB, filingC] = directory.filings;
    expect(filingA).toMatchObject({ uscc: a.uscc, institutionName: a.name, kind: 'enterprise', region: '阳泉市城区', validTo: `${YEAR}-06-30` });
    expect(filingA?.occupationCodes).toEqual(['6-31-01-03']);
    expect(filingA?.batches.map((batch) => batch.examDate)).toEqual([`${YEAR}-05-01`, `${YEAR}-09-01`]);
    expect(filingA?.batches[0]).toMatchObject({ occupationCode: '6-31-01-03', level: 'level4' });
    expect(filingB?.batches).toHaveLength(2);
    expect(filingC?.batches).toEqual([]);
  });

  it('without a process check no batch is listed; the demo store keeps its (made-up) institutions', () => {
    const { db } = office.context();
    const { d } = seedProvince(db);
    expect(buildInstitutionDirectory(db, defaultRoundRules(YEAR)).filings.every((filing) => filing.batches.length === 0)).toBe(true);
    setMeta(db, 'demo', 'true');
    expect(buildInstitutionDirectory(db, defaultRoundRules(YEAR)).filings.map((filing) => filing.filingId)).toContain(d.filingId);
  });

  it('the expert directory holds every expert (inactive ones marked), their conflicts, and never an ID number', () => {
    const { db } = office.context();
    const { experts } = seedProvince(db);
    const directory = buildExpertDirectory(db, defaultRoundRules(YEAR));
    expect(directory.experts.map((expert) => expert.code)).toEqual(experts.map((expert) => expert.code).sort());
    expect(directory.experts.find((expert) => expert.code === 'ZJ00010')?.active).toBe(false);
    expect(directory.experts.find((expert) => expert.code === 'ZJ00002')?.conflicts).toEqual([
      { relation: 'trained', uscc: null, name: '阳泉市乙职业培训学校' },
    ]);
    expect(directory.experts.find((expert) => expert.code === 'ZJ00004')?.roles).toEqual(['member']);
    const json = JSON.stringify(directory);
    for (const stored of experts) expect(json).not.toContain(stored.idNumber);
    expect(directory.experts.every((expert) => expert.previousRoundUsccs.length === 0)).toBe(true);
  });
});
