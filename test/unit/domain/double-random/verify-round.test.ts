import { describe, expect, it } from 'vitest';
import {
  buildRoundDrawRecord,
  drawRound,
  hashExpertDirectory,
  hashInstitutionDirectory,
  seedHash,
  verifyRoundDraw,
  type RoundDrawRecord,
} from '../../../../shared/domain/double-random';
import { expert, experts, filing, fixedSeed, institutions, reversedDirectories, rules } from './fixtures';

const SEED = fixedSeed(7);
const META = { roundUid: '0'.repeat(32), roundName: '2026年度延续备案评估', drawnAt: '2026-12-04T01:00:00.000Z', drawnBy: '张三' };
const filings = institutions(Array.from({ length: 12 }, (_, i) => filing(i + 1, { validTo: i % 2 === 0 ? '2026-05-01' : null })));
const pool = experts(Array.from({ length: 15 }, (_, i) => expert(i + 1, { active: i !== 3 })));
const roundRules = rules({
  renewalWindow: { from: '2026-01-01', to: '2026-12-31' },
  spotCheckPercent: { enterprise: 50, college: 50, socialOrg: 50 },
});
const input = { seed: SEED, rules: roundRules, institutions: filings, experts: pool };

describe('buildRoundDrawRecord', () => {
  it('holds the outcome, the seed commitment, both directory hashes and the counts', () => {
    const record = buildRoundDrawRecord(META, input);
    expect(record).toMatchObject({ ...drawRound(input), ...META, algorithm: 'skill-inspector/round-draw/v1', seed: SEED, rules: roundRules });
    expect(record.seedHash).toBe(seedHash(SEED));
    expect(record.institutionDirectoryHash).toBe(hashInstitutionDirectory(filings));
    expect(record.expertDirectoryHash).toBe(hashExpertDirectory(pool));
    expect(record.counts).toEqual({ filings: 12, experts: 15, activeExperts: 14 });
  });
});

describe('verifyRoundDraw', () => {
  const record = buildRoundDrawRecord(META, input);

  it('accepts the record against the same directories in another order, and after a JSON round trip', () => {
    const [i, e] = reversedDirectories(filings, pool);
    expect(verifyRoundDraw(JSON.parse(JSON.stringify(record)) as RoundDrawRecord, i, e)).toEqual({ ok: true, problems: [] });
  });

  it('catches a changed directory of filings', () => {
    const changed = institutions(filings.filings.map((f) => (f.filingId === 2 ? { ...f, validTo: '2026-02-01' } : f)));
    const result = verifyRoundDraw(record, changed, pool);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain('检查对象名录的哈希值不一致');
  });

  it('catches a changed directory of experts', () => {
    const changed = experts(pool.experts.map((x) => (x.code === 'E0001' ? { ...x, region: '烟台' } : x)));
    const result = verifyRoundDraw(record, filings, changed);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain('检查人员名录的哈希值不一致');
  });

  it('catches a changed panel in the record', () => {
    const panels = record.panels.map((p, i) => (i === 0 ? { ...p, seats: [...p.seats].reverse() } : p));
    const result = verifyRoundDraw({ ...record, panels }, filings, pool);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['按记录的种子和规则重新抽取，检查组与记录不一致（1 个检查组不同）。']);
  });

  it('catches a changed selection in the record', () => {
    const result = verifyRoundDraw({ ...record, selected: record.selected.slice(1) }, filings, pool);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain('抽中的机构与记录不一致');
  });

  it('catches a changed seed: its commitment no longer matches and the draw differs', () => {
    const result = verifyRoundDraw({ ...record, seed: fixedSeed(8) }, filings, pool);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain('种子哈希值不符');
    expect(result.problems.length).toBeGreaterThan(1);
  });

  it('refuses a record of another algorithm version', () => {
    const result = verifyRoundDraw({ ...record, algorithm: 'skill-inspector/round-draw/v0' as never }, filings, pool);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toContain('算法版本');
  });
});
