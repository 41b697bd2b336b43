import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import {
  canonicalExpertDirectory,
  canonicalInstitutionDirectory,
  canonicalInstitutionDirectoryJson,
  hashExpertDirectory,
  hashInstitutionDirectory,
  normaliseInstitutionName,
  normaliseUscc,
  parseExpertDirectory,
  parseInstitutionDirectory,
} from '../../../../shared/domain/double-random';
import { bytesToHex, sha256, utf8Encode } from '../../../../shared/domain/sampling';
import { expert, experts, expertsArb, filing, filingsArb, institutions, reversedDirectories } from './fixtures';

describe('directory canonical form and hashes', () => {
  it('property: input order never changes the canonical form or the hashes', () => {
    fc.assert(
      fc.property(filingsArb, expertsArb, (filings, pool) => {
        const [i, e] = reversedDirectories(institutions(filings), experts(pool));
        expect(canonicalInstitutionDirectory(i)).toEqual(canonicalInstitutionDirectory(institutions(filings)));
        expect(hashInstitutionDirectory(i)).toBe(hashInstitutionDirectory(institutions(filings)));
        expect(canonicalExpertDirectory(e)).toEqual(canonicalExpertDirectory(experts(pool)));
        expect(hashExpertDirectory(e)).toBe(hashExpertDirectory(experts(pool)));
      }),
      { numRuns: 40 },
    );
  });

  it('the hash is SHA-256 of the UTF-8 canonical JSON, keys in a fixed order', () => {
    const directory = institutions([filing(2, { occupationCodes: ['4-10-01-05', '4-03-02-01', '4-10-01-05'] }), filing(1)]);
    const json = canonicalInstitutionDirectoryJson(directory);
    expect(json.startsWith('{"format":"skill-inspector/institution-directory/v1","filings":[{"filingId":1,"filingNo":"BA-00001","uscc":')).toBe(true);
    expect(json).toContain('"occupationCodes":["4-03-02-01","4-10-01-05"]');
    expect(hashInstitutionDirectory(directory)).toBe(bytesToHex(sha256(utf8Encode(json))));
  });

  it('any change of a field changes the hash', () => {
    const base = experts([expert(1), expert(2)]);
    const changed = experts([expert(1), expert(2, { conflicts: [{ relation: 'worked', uscc: null, name: '某机构' }] })]);
    expect(hashExpertDirectory(changed)).not.toBe(hashExpertDirectory(base));
    expect(hashExpertDirectory(experts([expert(1), expert(2, { active: false })]))).not.toBe(hashExpertDirectory(base));
  });
});

describe('parsing a directory from a file', () => {
  it('accepts a canonical directory and gives it back unchanged', () => {
    const directory = canonicalInstitutionDirectory(institutions([filing(1), filing(2)]));
    expect(parseInstitutionDirectory(JSON.parse(JSON.stringify(directory)))).toEqual(directory);
    const pool = canonicalExpertDirectory(experts([expert(1)]));
    expect(parseExpertDirectory(JSON.parse(JSON.stringify(pool)))).toEqual(pool);
  });

  it('names the bad field and its reason', () => {
    const bad = { format: 'skill-inspector/institution-directory/v1', filings: [filing(1), { ...filing(2), kind: 'school' }] };
    const error = (() => {
      try {
        parseInstitutionDirectory(bad);
      } catch (caught) {
        return caught as AppError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe('INSTITUTION_DIRECTORY_INVALID');
    expect(error?.issues[0]?.path).toEqual(['filings', 1, 'kind']);
  });

  it('rejects another format, a repeated filing and a repeated expert code', () => {
    expect(() => parseInstitutionDirectory({ format: 'x', filings: [] })).toThrow(/名录格式须为 skill-inspector\/institution-directory\/v1/);
    expect(() => parseInstitutionDirectory(institutions([filing(1), filing(1)]))).toThrow(/备案 #1 在名录中出现了不止一次/);
    expect(() => parseExpertDirectory(experts([expert(1), expert(1)]))).toThrow(/专家编号 E0001 在名录中出现了不止一次/);
    expect(() => parseExpertDirectory({ format: 'skill-inspector/expert-directory/v1' })).toThrow(AppError);
    expect(() => parseExpertDirectory(null)).toThrow(AppError);
  });
});

describe('回避 name normalisation', () => {
  it('treats the usual ways of writing one name as the same', () => {
    const canonical = normaliseInstitutionName('山东省技能评价（集团）有限公司');
    for (const variant of [
      '山东省技能评价(集团)有限公司',
      ' 山东省 技能评价 （集团） 有限公司 ',
      '山东省技能评价【集团】有限公司',
      '山东省技能评价\u3000（集团）有限公司',
    ]) {
      expect(normaliseInstitutionName(variant)).toBe(canonical);
    }
    expect(normaliseInstitutionName('ＡＢＣ职业培训学校')).toBe(normaliseInstitutionName('abc职业培训学校'));
    expect(normaliseInstitutionName('山东省技能评价有限公司')).not.toBe(canonical);
  });

  it('compares USCCs upper-case without spaces', () => {
    expect(normaliseUscc(' 91370100ma3c1x2y3z ')).toBe('91370100MA3C1X2Y3Z');
    expect(normaliseUscc('９１３７０１００ＭＡ３Ｃ１Ｘ２Ｙ３Ｚ')).toBe('91370100MA3C1X2Y3Z');
  });
});
