import fc from 'fast-check';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { roundRulesSchema } from '../../../shared/domain/double-random/rules-schema';
import { defaultRoundRules, EXCLUSION_REASONS, type RoundRules } from '../../../shared/domain/double-random/types';
import { expertSaveArgs, type ExpertView } from '../../../shared/ipc/channels/experts';
import {
  emptyExpertForm,
  expertFormProblem,
  expertSaveArgsFromForm,
  formFromExpert,
  parseSpecialties,
} from '../../../renderer/src/features/expert-pool/expertForm';
import { exclusionCounts, exclusionText, selectionText } from '../../../renderer/src/features/round-draws/drawText';
import { processCheckBelowMinimum, rulesFromForm, rulesToForm, type RulesFormValues } from '../../../renderer/src/features/round-draws/rulesForm';
import { initI18n } from '../../../renderer/src/i18n';

// Issue 16 §7: the office screens of 双随机 turn what the clerk types into the channels' arguments and the record's
// codes into words. These are the pure parts; double-random-screens.test.ts renders the screens.

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const percent = fc.integer({ min: 0, max: 100 });
const kindPercents = fc.record({ enterprise: percent, college: percent, socialOrg: percent });
const roundRules: fc.Arbitrary<RoundRules> = fc.record({
  renewalWindow: fc.option(
    fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
    { nil: null },
  ),
  spotCheckPercent: kindPercents,
  processCheck: fc.option(fc.record({ year: fc.integer({ min: 2000, max: 2100 }), batchPercent: kindPercents }), { nil: null }),
  panel: fc.record({
    members: fc.integer({ min: 0, max: 10 }),
    maxPanelsPerExpert: fc.integer({ min: 1, max: 1000 }),
    avoidSameRegion: fc.boolean(),
    avoidPreviousRound: fc.boolean(),
    previousRoundUid: fc.option(fc.stringMatching(/^[0-9a-f]{32}$/), { nil: null }),
    preferSpecialists: fc.boolean(),
  }),
});

const form = (patch: Partial<RulesFormValues> = {}): RulesFormValues => ({ ...rulesToForm(defaultRoundRules(2026), 2026), ...patch });
const problemOf = (values: RulesFormValues) => {
  const result = rulesFromForm(values);
  return 'problem' in result ? result.problem : null;
};

beforeAll(() => {
  initI18n('zh-CN');
});

describe('the rules editor ↔ RoundRules (issue 16 §2)', () => {
  it('any valid rules survive the form unchanged, and what the form gives passes the channel schema', () => {
    fc.assert(
      fc.property(roundRules, (rules) => {
        const result = rulesFromForm(rulesToForm(rules, 2026));
        expect(result).toEqual({ rules });
        if ('rules' in result) expect(roundRulesSchema.safeParse(result.rules).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a part switched off gives null, and keeps values to switch it on with', () => {
    const values = rulesToForm(defaultRoundRules(2026), 2026);
    expect(values.processCheck).toBe(false);
    expect(values.processYear).toBe('2026');
    expect(rulesFromForm({ ...values, renewal: false })).toMatchObject({ rules: { renewalWindow: null, processCheck: null } });
    expect(rulesFromForm({ ...values, processCheck: true })).toMatchObject({
      rules: { processCheck: { year: 2026, batchPercent: { socialOrg: 50, enterprise: 10, college: 0 } } },
    });
  });

  it('refuses what the schema would refuse, naming the part and the kind', () => {
    expect(problemOf(form({ renewalFrom: '2026-02-30' }))).toEqual({ key: 'renewalDate' });
    expect(problemOf(form({ renewalFrom: '2026-12-01', renewalTo: '2026-01-01' }))).toEqual({ key: 'renewalOrder' });
    for (const text of ['101', '-1', '1.5', '', '1e2', 'abc'])
      expect(problemOf(form({ spotCheckPercent: { enterprise: '0', college: text, socialOrg: '0' } }))).toEqual({
        key: 'percent',
        params: { part: 'spotCheck', kind: 'college' },
      });
    expect(problemOf(form({ processCheck: true, processYear: '1999' }))).toEqual({ key: 'processYear' });
    expect(problemOf(form({ processCheck: true, processPercent: { enterprise: '10', college: '0', socialOrg: '150' } }))).toEqual({
      key: 'percent',
      params: { part: 'processCheck', kind: 'socialOrg' },
    });
    expect(problemOf(form({ members: '11' }))).toEqual({ key: 'members' });
    expect(problemOf(form({ maxPanelsPerExpert: '0' }))).toEqual({ key: 'maxPanels' });
    // A bad value in a part switched off does not matter: that part is not sent.
    expect(problemOf(form({ renewal: false, renewalFrom: 'x' }))).toBeNull();
  });

  it('every refusal has words in both languages', () => {
    const keys = ['renewalDate', 'renewalOrder', 'percent', 'processYear', 'members', 'maxPanels'];
    for (const lng of ['zh-CN', 'en'])
      for (const key of keys) expect(i18next.exists(`roundDraws.rules.problems.${key}`, { lng, fallbackLng: [] }), `${lng} ${key}`).toBe(true);
  });
});

describe('R-SM-05: the process-check minimums beside the fields', () => {
  const shares = (socialOrg: string, enterprise: string, college = '0') => ({
    processCheck: true,
    processPercent: { socialOrg, enterprise, college },
  });

  it('R-SM-05 warns for 社会培训评价组织 below 50 % and 用人单位 below 10 %, not at or above', () => {
    expect(processCheckBelowMinimum(shares('50', '10'))).toEqual([]);
    expect(processCheckBelowMinimum(shares('100', '100', '0'))).toEqual([]);
    expect(processCheckBelowMinimum(shares('49', '10'))).toEqual(['socialOrg']);
    expect(processCheckBelowMinimum(shares('50', '9'))).toEqual(['enterprise']);
    expect(processCheckBelowMinimum(shares('0', '0'))).toEqual(['enterprise', 'socialOrg']);
  });

  it('R-SM-05 says nothing when no process check is planned or the share is not a number yet', () => {
    expect(processCheckBelowMinimum({ ...shares('0', '0'), processCheck: false })).toEqual([]);
    expect(processCheckBelowMinimum(shares('', ''))).toEqual([]);
  });
});

describe('the draw in words (issue 16 §3)', () => {
  it('every exclusion reason has its own words, joined in the record’s order', () => {
    const words = EXCLUSION_REASONS.map((reason) => exclusionText([reason]));
    expect(new Set(words).size).toBe(EXCLUSION_REASONS.length);
    for (const text of words) expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(exclusionText(['sameEmployer', 'previousRound'])).toBe('与被检查机构为同一单位；上一轮已检查该机构');
    expect(exclusionText([])).toBe('');
    expect(selectionText(['renewal', 'processCheck'])).toBe('备案有效期届满（延续备案评估）；过程化资料抽检');
  });

  it('counts each reason once per expert it kept off the panel', () => {
    const counts = exclusionCounts([
      { code: 'ZJ-1', name: '甲', reasons: ['sameEmployer', 'sameRegion'] },
      { code: 'ZJ-2', name: '乙', reasons: ['sameRegion'] },
    ]);
    expect(counts).toEqual([
      { reason: 'sameEmployer', label: '与被检查机构为同一单位', count: 1 },
      { reason: 'sameRegion', label: '与被检查机构同一地区', count: 2 },
    ]);
  });
});

describe('the expert form → experts:save (issue 16 §1)', () => {
  const expert: ExpertView = {
    id: 7,
    code: 'ZJ-0007',
    name: '张三',
    idNumberMasked: '3701**********1234',
    employerName: '济南某公司',
    employerUscc: '91370100MA3C4X5Y6Z',
    region: '济南市',
    specialties: ['4-07-05-02', '6-18-01-01'],
    roles: ['lead', 'member'],
    active: true,
    deviceKey: 'laptop-1',
    conflicts: [{ relation: 'trained', uscc: null, name: '某培训学校', note: '2019年培训' }],
    updatedAt: '2026-01-01T00:00:00Z',
  };

  it('specialties split on any comma, 顿号 or space and lose repeats', () => {
    expect(parseSpecialties('4-07-05-02, 6-18-01-01，4-07-05-02、 1-01-01-01 ;')).toEqual(['4-07-05-02', '6-18-01-01', '1-01-01-01']);
    expect(parseSpecialties('  ')).toEqual([]);
  });

  it('an existing expert edited unchanged gives the same fields, without the ID number (kept as stored)', () => {
    const args = expertSaveArgsFromForm(formFromExpert(expert), expert.id);
    expect(expertSaveArgs.parse(args)).toEqual({
      id: 7,
      code: 'ZJ-0007',
      name: '张三',
      employerName: '济南某公司',
      employerUscc: '91370100MA3C4X5Y6Z',
      region: '济南市',
      specialties: ['4-07-05-02', '6-18-01-01'],
      roles: ['lead', 'member'],
      active: true,
      deviceKey: 'laptop-1',
      conflicts: [{ relation: 'trained', uscc: null, name: '某培训学校', note: '2019年培训' }],
    });
  });

  it('a new expert: empty fields become null, the code is left to main, the USCC upper-cased', () => {
    const values = { ...emptyExpertForm(), name: ' 李四 ', idNumber: '370102199001011234', employerUscc: '91370100ma3c4x5y6z', lead: true };
    const args = expertSaveArgsFromForm(values);
    expect(expertSaveArgs.safeParse(args).success).toBe(true);
    expect(args).toMatchObject({ name: '李四', employerName: null, employerUscc: '91370100MA3C4X5Y6Z', region: null, deviceKey: null });
    expect(args).not.toHaveProperty('id');
    expect(args).not.toHaveProperty('code');
    expect(args.roles).toEqual(['lead', 'member']);
  });

  it('refuses in words before asking main: no name, no ID number on a new expert, no role, a conflict naming no institution', () => {
    const ok = { ...emptyExpertForm(), name: '王五', idNumber: '370102199001011234' };
    expect(expertFormProblem(ok, true)).toBeNull();
    expect(expertFormProblem({ ...ok, name: ' ' }, true)).toBe('needName');
    expect(expertFormProblem({ ...ok, idNumber: '' }, true)).toBe('needIdNumber');
    expect(expertFormProblem({ ...ok, idNumber: '' }, false)).toBeNull();
    expect(expertFormProblem({ ...ok, lead: false, member: false }, true)).toBe('needRole');
    expect(expertFormProblem({ ...ok, conflicts: [{ relation: 'other', uscc: ' ', name: '', note: '说明' }] }, true)).toBe(
      'conflictNeedsInstitution',
    );
    for (const lng of ['zh-CN', 'en'])
      for (const key of ['needName', 'needIdNumber', 'needRole', 'conflictNeedsInstitution'])
        expect(i18next.exists(`expertPool.problems.${key}`, { lng, fallbackLng: [] })).toBe(true);
  });
});
