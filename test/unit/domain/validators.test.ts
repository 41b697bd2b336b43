import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_LEVEL_BUCKETS,
  idCardCheckChar,
  maskIdNumber,
  nationalLevelOf,
  parseSkillLevel,
  SKILL_LEVEL_LABELS,
  skillLevelRank,
  USCC_CHARSET,
  usccCheckChar,
  validateIdCardNumber,
  validateOccupationCode,
  validateUscc,
  type ValidationResult,
} from '../../../shared/domain/validation';
import { errorText, type ErrorLanguage } from '../../../shared/errors';

/** The reason as the Chinese window words it (the validators return a registry code and its values). */
const reasonOf = <T>(result: ValidationResult<T>, language: ErrorLanguage = 'zh-CN') =>
  result.ok ? '' : errorText(result.reason.code, result.reason.params, language);

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('R-INS-02 accepts real codes: the standard example and computed ones', () => {
    expect(validateUscc('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(validateUscc('91140300MA0K1234XK').ok).toBe(true);
    expect(validateUscc('52140300MJY123456Y').ok).toBe(true);
    expect(validateUscc(' 91370000163043254g ')).toEqual({ ok: true, value: '91370000163043254G' });
  });

  it('R-INS-02 tells apart wrong length, a bad character and a bad check character', () => {
    expect(reasonOf(validateUscc('91350100M000100Y4'))).toBe('统一社会信用代码应为18位，实际为17位');
    expect(reasonOf(validateUscc('91350100M0001O0Y43'))).toContain('第14位“O”不是有效字符（代码不使用字母 I、O、Z、S、V）');
    expect(reasonOf(validateUscc('91350100M000100Y4*'))).toContain('第18位“*”不是有效字符');
    expect(reasonOf(validateUscc('91350100M000100Y44'))).toBe('统一社会信用代码校验位错误：第18位应为“3”，实际为“4”');
    expect(reasonOf(validateUscc(''))).toBe('统一社会信用代码为空');
    expect(validateUscc('91350100M000100Y44')).toEqual({
      ok: false,
      reason: { code: 'ROW_USCC_CHECK_DIGIT', params: { expected: '3', actual: '4' } },
    });
    expect(reasonOf(validateUscc('91350100M000100Y44'), 'en')).toBe(
      'Wrong check character in the unified social credit code: the 18th character should be “3”, not “4”',
    );
  });

  it('R-INS-02 property: the computed check character always validates, any other one never does', () => {
    const body = fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(body, fc.constantFrom(...USCC_CHARSET), (first17, other) => {
        const check = usccCheckChar(first17) as string;
        expect(validateUscc(first17 + check).ok).toBe(true);
        if (other !== check) expect(validateUscc(first17 + other).ok).toBe(false);
      }),
    );
    expect(USCC_CHARSET).toHaveLength(31);
    expect(usccCheckChar('short')).toBeNull();
  });
});

describe('居民身份证号码 (GB 11643-1999)', () => {
  it('R-INS-02 accepts valid numbers, upper-casing x, and reads birth date and sex', () => {
    expect(validateIdCardNumber('11010519491231002x')).toEqual({
      ok: true,
      value: { number: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' },
    });
    expect(validateIdCardNumber('140302199003071236')).toMatchObject({ ok: true, value: { sex: 'male' } });
    expect(validateIdCardNumber('140101200002294567').ok).toBe(true); // 29 February of a leap year
  });

  it('R-INS-02 rejects wrong length, old 15-digit numbers, bad dates, future births and bad check digits', () => {
    expect(reasonOf(validateIdCardNumber('1101051949123100'))).toContain('应为18位');
    expect(reasonOf(validateIdCardNumber('110105491231002'))).toContain('15位旧身份证');
    expect(reasonOf(validateIdCardNumber('11010519490231002X'))).toContain('出生日期 19490231 无效');
    expect(reasonOf(validateIdCardNumber('140101190002294560'))).toContain('无效'); // 1900 was not a leap year
    expect(reasonOf(validateIdCardNumber('11010519491231002A'))).toContain('最后一位为数字或 X');
    expect(reasonOf(validateIdCardNumber('110105194912310021'))).toBe('身份证号码校验位错误：第18位应为“X”，实际为“1”');
    const future = `14030220300101123${idCardCheckChar('14030220300101123')}`;
    expect(validateIdCardNumber(future).ok).toBe(true);
    expect(reasonOf(validateIdCardNumber(future, '2025-01-01'))).toContain('晚于今天');
  });

  it('R-INS-02 masks all but the first 4 and last 4 characters', () => {
    expect(maskIdNumber('14010119900307123X')).toBe('1401**********123X');
    expect(maskIdNumber('abc')).toBe('***');
  });
});

describe('职业编码 (职业分类大典)', () => {
  it('R-INS-04 accepts occupation codes and work-type codes, normalising the writing', () => {
    expect(validateOccupationCode('4-10-01-02')).toEqual({
      ok: true,
      value: { code: '4-10-01-02', occupationCode: '4-10-01-02', workType: null, majorGroup: 4 },
    });
    expect(validateOccupationCode('4-10-01-02-01')).toMatchObject({
      ok: true,
      value: { code: '4-10-01-02-01', occupationCode: '4-10-01-02', workType: '01' },
    });
    expect(validateOccupationCode('４－１０－０１－０２')).toMatchObject({ ok: true, value: { code: '4-10-01-02' } });
    expect(validateOccupationCode('6—31—01—03')).toMatchObject({ ok: true, value: { code: '6-31-01-03' } });
    expect(validateOccupationCode('4100102')).toMatchObject({ ok: true, value: { code: '4-10-01-02' } });
  });

  it('R-INS-04 rejects malformed occupation codes with the expected shape in the reason', () => {
    for (const bad of ['4-10-01', '9-10-01-02', '4-1-01-02', '4-10-01-02-1', 'X-10-01-02', '']) {
      expect(validateOccupationCode(bad).ok).toBe(false);
    }
    expect(reasonOf(validateOccupationCode('4-10-1-2'))).toContain('如 4-10-01-02');
  });
});

describe('技能等级', () => {
  it('R-INS-04 parses the five national levels from any common spelling', () => {
    const cases: [string, string][] = [
      ['五级', 'level5'],
      ['初级工', 'level5'],
      ['初级', 'level5'],
      ['5', 'level5'],
      ['五级/初级工', 'level5'],
      ['四级', 'level4'],
      ['中级工', 'level4'],
      ['中级', 'level4'],
      ['4', 'level4'],
      ['四级（中级工）', 'level4'],
      ['4级', 'level4'],
      ['三级', 'level3'],
      ['高级工', 'level3'],
      ['高级', 'level3'],
      ['三级/高级工', 'level3'],
      ['二级', 'level2'],
      ['技师', 'level2'],
      ['二级/技师', 'level2'],
      ['一级', 'level1'],
      ['高级技师', 'level1'],
      ['一级/高级技师', 'level1'],
      [' level1 ', 'level1'],
    ];
    for (const [text, level] of cases) expect(parseSkillLevel(text), text).toEqual({ ok: true, value: level });
  });

  it('R-INS-04 parses the enterprise levels and maps them onto national levels', () => {
    expect(parseSkillLevel('学徒工')).toEqual({ ok: true, value: 'apprentice' });
    expect(parseSkillLevel('特级技师')).toEqual({ ok: true, value: 'specialTechnician' });
    expect(parseSkillLevel('首席技师')).toEqual({ ok: true, value: 'chiefTechnician' });
    expect(nationalLevelOf('apprentice')).toBe('level5');
    expect(nationalLevelOf('chiefTechnician')).toBe('level1');
    expect(nationalLevelOf('specialTechnician', { specialTechnician: 'level2' })).toBe('level2');
    expect(skillLevelRank('apprentice')).toBeLessThan(skillLevelRank('level5'));
    expect(skillLevelRank('level1')).toBeLessThan(skillLevelRank('specialTechnician'));
  });

  it('R-INS-04 rejects unknown or contradictory spellings', () => {
    expect(reasonOf(parseSkillLevel('六级'))).toContain('无法识别的等级“六级”');
    expect(reasonOf(parseSkillLevel('五级/中级工'))).toContain('前后写法不一致');
    expect(reasonOf(parseSkillLevel(' '))).toBe('等级为空');
  });

  it('R-INS-04 certificate counts use the 8 buckets of 000 附件1 in order', () => {
    expect(CERTIFICATE_LEVEL_BUCKETS.map((b) => b.label)).toEqual(['学徒工', '初级', '中级', '高级', '技师', '高级技师', '特级技师', '首席技师']);
    for (const bucket of CERTIFICATE_LEVEL_BUCKETS) expect(parseSkillLevel(bucket.label)).toEqual({ ok: true, value: bucket.level });
    expect(SKILL_LEVEL_LABELS.level4).toBe('四级/中级工');
  });
});
