import { describe, expect, it } from 'vitest';
import {
  drawRound,
  hashExpertDirectory,
  hashInstitutionDirectory,
  PROCESS_CHECK_NOTICE_TEXT,
  type DirectoryBatch,
} from '../../../../shared/domain/double-random';
import { expert, experts, filing, fixedSeed, institutions, rules } from './fixtures';

const SEED = fixedSeed(16);

const batch = (batchId: number): DirectoryBatch => ({
  batchId,
  batchNo: `PC-${batchId}`,
  occupationCode: '4-10-01-02',
  level: 'level4',
  examDate: '2025-06-01',
});

describe('drawRound selection', () => {
  it('R-DL-01 selects every filing whose validity ends in the window, bounds included', () => {
    const filings = [
      filing(1, { validTo: '2025-12-31' }),
      filing(2, { validTo: '2026-01-01' }),
      filing(3, { validTo: '2026-06-30' }),
      filing(4, { validTo: '2026-12-31' }),
      filing(5, { validTo: '2027-01-01' }),
      filing(6, { validTo: null }),
    ];
    const outcome = drawRound({
      seed: SEED,
      rules: rules({ renewalWindow: { from: '2026-01-01', to: '2026-12-31' } }),
      institutions: institutions(filings),
      experts: experts([]),
    });
    expect(outcome.selected.map((s) => [s.filingId, s.reasons])).toEqual([
      [2, ['renewal']],
      [3, ['renewal']],
      [4, ['renewal']],
    ]);
  });

  it('R-DL-01 an empty window is a note, not a failure', () => {
    const outcome = drawRound({
      seed: SEED,
      rules: rules({ renewalWindow: { from: '2030-01-01', to: '2030-12-31' } }),
      institutions: institutions([filing(1, { validTo: '2026-01-01' })]),
      experts: experts([]),
    });
    expect(outcome.selected).toEqual([]);
    expect(outcome.notes.map((n) => n.code)).toContain('RENEWAL_NONE');
  });

  it('spot checks draw ceil(percent × n / 100) of each kind among the filings renewal left', () => {
    // 30 filings, 10 of each kind (n % 3: 0 enterprise, 1 college, 2 socialOrg); enterprises 3 and 6 are due for renewal.
    const filings = Array.from({ length: 30 }, (_, i) => filing(i + 1, { validTo: i + 1 === 3 || i + 1 === 6 ? '2026-05-01' : null }));
    const outcome = drawRound({
      seed: SEED,
      rules: rules({ renewalWindow: { from: '2026-01-01', to: '2026-12-31' }, spotCheckPercent: { enterprise: 25, college: 0, socialOrg: 11 } }),
      institutions: institutions(filings),
      experts: experts([]),
    });
    const byReason = (reason: string, kind: string) => outcome.selected.filter((s) => s.reasons.includes(reason as never) && s.kind === kind).length;
    // enterprise: 10 − 2 renewals = 8 → ceil(25 % × 8) = 2; socialOrg: ceil(11 % × 10) = ceil(1.1) = 2.
    expect(byReason('spotCheck', 'enterprise')).toBe(2);
    expect(byReason('renewal', 'enterprise')).toBe(2);
    expect(byReason('spotCheck', 'socialOrg')).toBe(2);
    expect(byReason('spotCheck', 'college')).toBe(0);
    expect(outcome.selected.filter((s) => s.reasons.includes('renewal') && s.reasons.includes('spotCheck'))).toEqual([]);
    expect(outcome.selected.map((s) => s.filingId)).toEqual([...outcome.selected.map((s) => s.filingId)].sort((a, b) => a - b));
  });

  it('R-SM-05 process check draws ceil(percent × batches / 100) per kind and lists the drawn batches on their filing', () => {
    // socialOrg filings 2, 5, 8 with 4 batches each: 12 batches, 50 % → 6.
    const filings = [2, 5, 8].map((n) => filing(n, { kind: 'socialOrg', batches: [1, 2, 3, 4].map((b) => batch(n * 10 + b)) }));
    const outcome = drawRound({
      seed: SEED,
      rules: rules({ processCheck: { year: 2025, batchPercent: { enterprise: 10, college: 0, socialOrg: 50 } } }),
      institutions: institutions(filings),
      experts: experts([]),
    });
    const drawn = outcome.selected.flatMap((s) => s.batches.map((b) => b.batchId));
    expect(drawn).toHaveLength(6);
    expect(new Set(drawn).size).toBe(6);
    for (const selected of outcome.selected) {
      expect(selected.reasons).toEqual(['processCheck']);
      expect(selected.batches.length).toBeGreaterThan(0);
      expect(selected.batches.every((b) => Math.floor(b.batchId / 10) === selected.filingId)).toBe(true);
      expect(selected.batches.map((b) => b.batchId)).toEqual([...selected.batches.map((b) => b.batchId)].sort((a, b) => a - b));
    }
    // No enterprise batches at all: recorded, not a failure.
    expect(outcome.notes.map((n) => n.code)).toContain('PROCESS_NO_BATCHES');
  });

  it('R-SM-05 a share below the minimum is drawn as set and recorded quoting the notice', () => {
    const filings = [filing(2, { kind: 'socialOrg', batches: [batch(1), batch(2), batch(3), batch(4)] })];
    const outcome = drawRound({
      seed: SEED,
      rules: rules({ processCheck: { year: 2025, batchPercent: { enterprise: 10, college: 0, socialOrg: 25 } } }),
      institutions: institutions(filings),
      experts: experts([]),
    });
    expect(outcome.selected[0]?.batches).toHaveLength(1);
    const note = outcome.notes.find((n) => n.code === 'PROCESS_BELOW_MINIMUM');
    expect(note?.message).toContain(PROCESS_CHECK_NOTICE_TEXT);
    expect(note?.message).toContain('25%');
    expect(note?.message).toContain('50%');
  });

  it('one filing selected for several reasons appears once with its reasons in order', () => {
    const filings = [filing(2, { kind: 'socialOrg', validTo: '2026-03-01', batches: [batch(1)] })];
    const outcome = drawRound({
      seed: SEED,
      rules: rules({
        renewalWindow: { from: '2026-01-01', to: '2026-12-31' },
        processCheck: { year: 2025, batchPercent: { enterprise: 10, college: 0, socialOrg: 100 } },
      }),
      institutions: institutions(filings),
      experts: experts([]),
    });
    expect(outcome.selected).toHaveLength(1);
    expect(outcome.selected[0]?.reasons).toEqual(['renewal', 'processCheck']);
  });
});

describe('drawRound panels', () => {
  const oneFiling = institutions([filing(1, { validTo: '2026-03-01', region: '济南' })]);
  const renewal = { renewalWindow: { from: '2026-01-01', to: '2026-12-31' } };

  it('fills a leader and N members and excludes each conflicted expert with every reason', () => {
    const pool = experts([
      expert(1, { employerUscc: '91370100ma00000001', region: '济南' }), // same employer by USCC (lower case) and same region
      expert(2, { employerName: '山东第1技能评价(有限)公司', employerUscc: null }), // same employer by normalised name
      expert(3, { conflicts: [{ relation: 'trained', uscc: null, name: ' 山东第1技能评价（有限）公司 ' }] }),
      expert(4, { previousRoundUsccs: ['91370100MA00000001'] }),
      expert(5, { region: '济南' }),
      expert(6),
      expert(7),
      expert(8),
      expert(9, { active: false }),
    ]);
    const outcome = drawRound({
      seed: SEED,
      rules: rules({ ...renewal, panel: { members: 2, avoidSameRegion: true, avoidPreviousRound: true, previousRoundUid: 'a'.repeat(32) } }),
      institutions: oneFiling,
      experts: pool,
    });
    const panel = outcome.panels[0];
    expect(panel?.shortfall).toBeNull();
    expect(panel?.seats.map((s) => s.role)).toEqual(['lead', 'member', 'member']);
    expect(new Set(panel?.seats.map((s) => s.code))).toEqual(new Set(['E0006', 'E0007', 'E0008']));
    expect(panel?.exclusions).toEqual([
      { code: 'E0001', name: '专家1', reasons: ['sameEmployer', 'sameRegion'] },
      { code: 'E0002', name: '专家2', reasons: ['sameEmployer'] },
      { code: 'E0003', name: '专家3', reasons: ['declaredConflict'] },
      { code: 'E0004', name: '专家4', reasons: ['previousRound'] },
      { code: 'E0005', name: '专家5', reasons: ['sameRegion'] },
    ]);
    expect(outcome.notes.map((n) => n.code)).toEqual(['POOL_INACTIVE_LEFT_OUT']);
  });

  it('a pool too small gives an exact shortfall and a PANEL_SHORT note naming the filing', () => {
    const outcome = drawRound({
      seed: SEED,
      rules: rules({ ...renewal, panel: { members: 3 } }),
      institutions: oneFiling,
      experts: experts([expert(1), expert(2, { roles: ['member'] })]),
    });
    expect(outcome.panels[0]?.shortfall).toEqual({ leader: false, members: 2 });
    const note = outcome.notes.find((n) => n.code === 'PANEL_SHORT');
    expect(note?.message).toContain('BA-00001');
    expect(note?.message).toContain('成员 2 名');
  });

  it('an empty pool gives a full shortfall and notes, never an exception', () => {
    const outcome = drawRound({ seed: SEED, rules: rules({ ...renewal, panel: { members: 2 } }), institutions: oneFiling, experts: experts([]) });
    expect(outcome.panels).toEqual([{ filingId: 1, seats: [], exclusions: [], shortfall: { leader: true, members: 2 } }]);
    expect(outcome.notes.map((n) => n.code)).toEqual(['POOL_EMPTY', 'PANEL_SHORT']);
  });

  it('the load limit keeps an expert off further panels and says so', () => {
    const filings = institutions([1, 2, 3].map((n) => filing(n, { validTo: '2026-03-01' })));
    const outcome = drawRound({
      seed: SEED,
      rules: rules({ ...renewal, panel: { members: 0, maxPanelsPerExpert: 2 } }),
      institutions: filings,
      experts: experts([expert(1)]),
    });
    expect(outcome.panels.filter((p) => p.seats.length === 1)).toHaveLength(2);
    const short = outcome.panels.find((p) => p.shortfall !== null);
    expect(short?.shortfall).toEqual({ leader: true, members: 0 });
    expect(short?.exclusions).toEqual([{ code: 'E0001', name: '专家1', reasons: ['loadLimit'] }]);
  });

  it('specialists in the filed occupations take the seats first when the round prefers them', () => {
    const pool = experts([
      expert(1, { specialties: ['4-10-01-05'] }),
      expert(2, { specialties: ['4-10-01-05'] }),
      expert(3, { specialties: ['4-03-02-01'] }),
      expert(4, { specialties: [] }),
    ]);
    for (let i = 0; i < 20; i++) {
      const outcome = drawRound({
        seed: fixedSeed(i),
        rules: rules({ ...renewal, panel: { members: 2, preferSpecialists: true } }),
        institutions: institutions([filing(1, { validTo: '2026-03-01', occupationCodes: ['4-10-01-05'] })]),
        experts: pool,
      });
      const seats = outcome.panels[0]?.seats ?? [];
      expect(
        seats
          .filter((s) => s.specialist)
          .map((s) => s.code)
          .sort(),
      ).toEqual(['E0001', 'E0002']);
      expect(seats[0]?.specialist).toBe(true);
    }
  });
});

describe('drawRound notes', () => {
  it('records a spot check with nothing left to draw and an avoided previous round that was never named', () => {
    const outcome = drawRound({
      seed: SEED,
      rules: rules({
        renewalWindow: { from: '2026-01-01', to: '2026-12-31' },
        spotCheckPercent: { enterprise: 0, college: 0, socialOrg: 30 },
        panel: { avoidPreviousRound: true, previousRoundUid: null },
      }),
      institutions: institutions([filing(2, { validTo: '2026-02-01' })]),
      experts: experts([expert(1)]),
    });
    const codes = outcome.notes.map((n) => n.code);
    expect(codes).toContain('SPOT_NONE_ELIGIBLE');
    expect(codes).toContain('PREVIOUS_ROUND_UNKNOWN');
    expect(outcome.notes.find((n) => n.code === 'SPOT_NONE_ELIGIBLE')?.message).toContain('30%');
  });

  it('R-SM-05 an employer share below 10 % is recorded too, a college share of 0 % is not', () => {
    const outcome = drawRound({
      seed: SEED,
      rules: rules({ processCheck: { year: 2025, batchPercent: { enterprise: 5, college: 0, socialOrg: 50 } } }),
      institutions: institutions([filing(3, { batches: [batch(1)] })]),
      experts: experts([]),
    });
    const below = outcome.notes.filter((n) => n.code === 'PROCESS_BELOW_MINIMUM');
    expect(below).toHaveLength(1);
    expect(below[0]?.message).toContain('用人单位');
    // ceil(5 % × 1) = 1: a share above zero always draws at least one batch.
    expect(outcome.selected.map((s) => s.batches.length)).toEqual([1]);
  });

  it('a bad seed is refused with the sampling error, before anything is drawn', () => {
    expect(() => drawRound({ seed: 'xyz', rules: rules(), institutions: institutions([]), experts: experts([]) })).toThrow(/种子|seed/i);
  });
});

// A known answer: any change to streams, order or rules changes it, and then ROUND_DRAW_ALGORITHM needs a new version.
describe('drawRound known answer (round-draw/v1)', () => {
  it('gives the pinned round for a fixed seed and directories', () => {
    const directory = institutions(Array.from({ length: 9 }, (_, k) => filing(k + 1, { validTo: k % 3 === 0 ? '2026-05-01' : null })));
    const pool = experts(Array.from({ length: 8 }, (_, k) => expert(k + 1)));
    const outcome = drawRound({
      seed: fixedSeed(2026),
      rules: rules({
        renewalWindow: { from: '2026-01-01', to: '2026-12-31' },
        spotCheckPercent: { enterprise: 50, college: 50, socialOrg: 50 },
        panel: { members: 2, maxPanelsPerExpert: 2 },
      }),
      institutions: directory,
      experts: pool,
    });
    expect(hashInstitutionDirectory(directory)).toBe('ccaa00609fc50cb115adc88643d67f5bca5f18107511dc1b59650c0b95f1f966');
    expect(hashExpertDirectory(pool)).toBe('dd6c66df8fba8ad11b7b2a40f6fbb6b88bf1c8b64001c7a691dc8ff28a15c16b');
    expect(outcome.selected.map((s) => [s.filingId, s.reasons])).toEqual([
      [1, ['renewal']],
      [3, ['spotCheck']],
      [4, ['renewal']],
      [5, ['spotCheck']],
      [7, ['renewal']],
      [8, ['spotCheck']],
      [9, ['spotCheck']],
    ]);
    // 8 experts at most 2 panels each fill 16 of the 21 seats: the two panels drawn last are short.
    expect(outcome.panels.map((p) => [p.filingId, p.seats.map((s) => s.code), p.shortfall])).toEqual([
      [1, ['E0004'], { leader: false, members: 2 }],
      [3, [], { leader: true, members: 2 }],
      [4, ['E0006', 'E0007', 'E0005'], null],
      [5, ['E0003', 'E0002', 'E0005'], null],
      [7, ['E0007', 'E0006', 'E0001'], null],
      [8, ['E0003', 'E0004', 'E0008'], null],
      [9, ['E0001', 'E0008', 'E0002'], null],
    ]);
    expect(outcome.notes.map((n) => n.code)).toEqual(['SPOT_NONE_ELIGIBLE', 'PANEL_SHORT', 'PANEL_SHORT']);
  });
});
