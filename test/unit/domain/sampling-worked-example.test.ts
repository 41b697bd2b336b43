import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalizePopulation,
  canonicalPopulationJson,
  compareCodePoints,
  draw,
  parsePopulation,
  populationHash,
} from '../../../shared/domain/sampling';

// The worked example of docs/sampling.md: keep both in step.
const population = parsePopulation(JSON.parse(readFileSync('test/fixtures/population/social-org-example.json', 'utf8')));
const SEED = '5eed'.repeat(16);
const HASH = 'b407dba12c5f5311e59b9d7b91458c59d9547ab9d41fcc506abc6ccd01cdc650';

/** The documented stream, written again from docs/sampling.md with node:crypto, to pin the byte layout. */
function* documentedWords(seedHex: string, streamName: string): Generator<number> {
  const key = createHash('sha256').update(Buffer.from(seedHex, 'hex')).digest();
  const name = Buffer.from(streamName, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(name.length);
  for (let i = 0n; ; i++) {
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(i);
    const block = createHash('sha256')
      .update(Buffer.concat([key, Buffer.from('skill-inspector/sample/v1'), length, name, counter]))
      .digest();
    for (let w = 0; w < 8; w++) yield block.readUInt32BE(w * 4);
  }
}

function documentedSample(seedHex: string, streamName: string, n: number, k: number): number[] {
  const words = documentedWords(seedHex, streamName);
  const uniform = (bound: number) => {
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const word = words.next().value as number;
      if (word < limit) return word % bound;
    }
  };
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < Math.min(k, n); i++) {
    const j = i + uniform(n - i);
    [a[i], a[j]] = [a[j] as number, a[i] as number];
  }
  return a.slice(0, Math.min(k, n));
}

describe('R-SM-06 worked example (docs/sampling.md)', () => {
  it('R-SM-06 the population hash is SHA-256 of the canonical JSON, as documented', () => {
    const canonical = canonicalizePopulation(population);
    const json = canonicalPopulationJson(canonical);
    expect(json.startsWith('{"format":"skill-inspector/population/v1","institutionKind":"socialOrg","batches":[{"id":"2023-MF-001",')).toBe(true);
    expect(createHash('sha256').update(json, 'utf8').digest('hex')).toBe(HASH);
    expect(populationHash(population)).toBe(HASH);
    // Node callers may hash with node:crypto: same bytes, same hash, same record.
    expect(populationHash(population, () => createHash('sha256'))).toBe(HASH);
    expect(draw(population, 'R-SM-01', SEED, { newHash: () => createHash('sha256') })).toEqual(draw(population, 'R-SM-01', SEED));
    const textHash = () => {
      const hash = createHash('sha256');
      return { update: (d: Uint8Array) => hash.update(d), updateText: (t: string) => hash.update(t, 'utf8'), digest: () => hash.digest() };
    };
    expect(populationHash(population, textHash)).toBe(HASH);
  });

  it('R-SM-01 the example draw for seed 5eed…5eed', () => {
    const record = draw(population, 'R-SM-01', SEED);
    expect(record.populationHash).toBe(HASH);
    expect(record.batches.map((b) => [b.batchId, b.candidateIds])).toEqual([
      ['2024-PT-001', ['001', '002', '003', '004', '005', '006', '007'].map((n) => `2024-PT-001-${n}`)],
      ['2023-MF-001', ['001', '002', '003', '004'].map((n) => `2023-MF-001-${n}`)],
      ['2023-YY-001', ['003', '004', '005', '008', '012', '013', '015', '016', '018'].map((n) => `2023-YY-001-${n}`)],
    ]);
    expect(record.candidateTotal).toBe(20);
    expect(record.notes.map((n) => n.code)).toEqual(['EMPTY_BATCHES_EXCLUDED']);
  });

  it('R-SM-02 R-SM-03 R-SM-04 R-SM-05 the example draws for seed 5eed…5eed', () => {
    const ids = (rule: string) => draw(population, rule, SEED).batches.map((b) => b.batchId);
    expect(draw(population, 'R-SM-02', SEED).year).toBe('2024');
    expect(ids('R-SM-02')).toEqual(['2024-PT-001', '2023-MF-001', '2023-YY-001']);
    expect(draw(population, 'R-SM-03', SEED).occupations.map((o) => o.occupationName)).toEqual(['美发师', '育婴员', '养老护理员']);
    expect(ids('R-SM-04')).toEqual(['2024-PT-001', '2023-MF-001', '2023-YY-002']);
    expect(ids('R-SM-05')).toEqual(['2023-PT-001', '2023-YL-001', '2023-MF-001', '2024-PT-001', '2024-YY-001']);
  });

  it('R-SM-06 an independent implementation of the documented bytes gives the same units', () => {
    const canonical = canonicalizePopulation(population);
    const batchIds = canonical.batches.map((b) => b.id);
    // R-SM-04: the first three of the permutation of all batches.
    expect(documentedSample(SEED, 'batches', batchIds.length, 3).map((i) => batchIds[i])).toEqual(
      draw(population, 'R-SM-04', SEED).batches.map((b) => b.batchId),
    );
    // R-SM-03: three of the occupations sorted by code.
    const occupations = [...new Set(canonical.batches.map((b) => b.occupationCode))].sort(compareCodePoints);
    expect(documentedSample(SEED, 'occupations', occupations.length, 3).map((i) => occupations[i])).toEqual(
      draw(population, 'R-SM-03', SEED).occupations.map((o) => o.occupationCode),
    );
    // R-SM-01: the candidates of a drawn batch come from its own stream.
    const yy = canonical.batches.find((b) => b.id === '2023-YY-001');
    const picked = documentedSample(SEED, 'candidates/2023-YY-001', yy?.candidateIds.length ?? 0, 9).map((i) => yy?.candidateIds[i]);
    expect(picked.sort()).toEqual(draw(population, 'R-SM-01', SEED).batches[2]?.candidateIds);
  });
});

describe('R-SM-06 population file', () => {
  it('R-SM-06 levels in any spelling are stored as codes; the canonical form does not depend on spelling', () => {
    expect(population.batches.map((b) => b.level)).toEqual(['level4', 'level5', 'level3', 'level4', 'level5', 'level3', 'level5', 'level3']);
    const respelled = {
      ...population,
      batches: population.batches.map((b) => ({ ...b, level: b.level === 'level4' ? '中级' : b.level })),
    };
    expect(populationHash(parsePopulation(respelled))).toBe(HASH);
  });

  it('R-SM-06 an invalid population names every bad field', () => {
    const bad = {
      institutionKind: 'school',
      batches: [{ id: '', occupationCode: '4-10-1-2', occupationName: '育婴员', level: '九级', examDate: '2023-02-30', candidateIds: ['a', 'a'] }],
    };
    let message = '';
    try {
      parsePopulation(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const field of ['institutionKind', 'batches[0].id', 'batches[0].occupationCode', 'batches[0].level', 'batches[0].examDate']) {
      expect(message).toContain(field);
    }
    expect(() =>
      parsePopulation({
        batches: [{ id: 'B', occupationCode: '4-10-01-02', occupationName: 'x', level: '5', examDate: '2023-01-01', candidateIds: ['a', 'a'] }],
      }),
    ).toThrow(/batches\[0\]\.candidateIds\[1\][:：] ?考生编号“a”在同一批次中重复/);
    expect(() => parsePopulation({ batches: [] })).not.toThrow();
    expect(() => parsePopulation(null)).toThrow(/抽样总体文件无效/);
  });
});
