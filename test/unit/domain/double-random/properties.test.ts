import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRoundDrawRecord,
  drawRound,
  normaliseInstitutionName,
  normaliseUscc,
  type DirectoryExpert,
  type DirectoryFiling,
  type ExclusionReason,
  type RoundDrawInput,
  verifyRoundDraw,
} from '../../../../shared/domain/double-random';
import { experts, expertsArb, filingsArb, institutions, panelRulesArb, reversedDirectories, rules, seedArb } from './fixtures';

// Each property runs a few dozen small rounds: quick even on a loaded machine.
const RUNS = { numRuns: 40 };

const inputArb = fc
  .record({ seed: seedArb, filings: filingsArb, pool: expertsArb, panel: panelRulesArb })
  .map(({ seed, filings, pool, panel }): RoundDrawInput => ({
    seed,
    // Every filing is due for renewal, so each gets a panel.
    rules: rules({ renewalWindow: { from: '2026-01-01', to: '2026-12-31' }, panel: { ...panel, previousRoundUid: 'b'.repeat(32) } }),
    institutions: institutions(filings.map((f) => ({ ...f, validTo: '2026-06-30' }))),
    experts: experts(pool),
  }));

/** The test's own reading of 回避 (everything but the load limit, which depends on the draw order). */
function staticReasons(expert: DirectoryExpert, filing: DirectoryFiling, input: RoundDrawInput): ExclusionReason[] {
  const uscc = normaliseUscc(filing.uscc);
  const names = [filing.institutionName, filing.listedName].map(normaliseInstitutionName);
  const reasons: ExclusionReason[] = [];
  const employerByUscc = expert.employerUscc !== null && normaliseUscc(expert.employerUscc) === uscc;
  const employerByName = expert.employerName !== null && names.includes(normaliseInstitutionName(expert.employerName));
  if (employerByUscc || employerByName) reasons.push('sameEmployer');
  if (
    expert.conflicts.some(
      (c) => (c.uscc !== null && normaliseUscc(c.uscc) === uscc) || (c.name !== null && names.includes(normaliseInstitutionName(c.name))),
    )
  ) {
    reasons.push('declaredConflict');
  }
  if (input.rules.panel.avoidPreviousRound && expert.previousRoundUsccs.some((u) => normaliseUscc(u) === uscc)) reasons.push('previousRound');
  if (input.rules.panel.avoidSameRegion && expert.region !== null && expert.region === filing.region) reasons.push('sameRegion');
  return reasons;
}

describe('双随机 panel draw properties', () => {
  it('回避 property: no seat ever goes to an excluded, inactive or unqualified expert, and loads stay within the limit', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const outcome = drawRound(input);
        const byCode = new Map(input.experts.experts.map((x) => [x.code, x]));
        const filingById = new Map(input.institutions.filings.map((f) => [f.filingId, f]));
        const load = new Map<string, number>();
        for (const panel of outcome.panels) {
          const filing = filingById.get(panel.filingId) as DirectoryFiling;
          expect(new Set(panel.seats.map((s) => s.code)).size).toBe(panel.seats.length);
          for (const seat of panel.seats) {
            const expert = byCode.get(seat.code) as DirectoryExpert;
            expect(expert.active).toBe(true);
            expect(expert.roles).toContain(seat.role);
            expect(staticReasons(expert, filing, input)).toEqual([]);
            load.set(seat.code, (load.get(seat.code) ?? 0) + 1);
          }
        }
        for (const count of load.values()) expect(count).toBeLessThanOrEqual(input.rules.panel.maxPanelsPerExpert);
      }),
      RUNS,
    );
  });

  it('回避 property: every excluded expert is recorded with every reason that applies', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const outcome = drawRound(input);
        const filingById = new Map(input.institutions.filings.map((f) => [f.filingId, f]));
        for (const panel of outcome.panels) {
          const filing = filingById.get(panel.filingId) as DirectoryFiling;
          const recorded = new Map(panel.exclusions.map((x) => [x.code, x.reasons]));
          for (const expert of input.experts.experts) {
            const needed = expert.active && (expert.roles.includes('lead') || (input.rules.panel.members > 0 && expert.roles.includes('member')));
            const reasons = staticReasons(expert, filing, input);
            if (!needed) {
              expect(recorded.has(expert.code)).toBe(false);
              continue;
            }
            const got = recorded.get(expert.code) ?? [];
            expect(got.filter((r) => r !== 'loadLimit')).toEqual(reasons);
          }
        }
      }),
      RUNS,
    );
  });

  it('property: panel sizes never exceed the rules and the shortfall is exact', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const outcome = drawRound(input);
        const members = input.rules.panel.members;
        expect(outcome.panels.map((p) => p.filingId)).toEqual(outcome.selected.map((s) => s.filingId));
        for (const panel of outcome.panels) {
          const leaders = panel.seats.filter((s) => s.role === 'lead');
          const seated = panel.seats.filter((s) => s.role === 'member');
          expect(leaders.length).toBeLessThanOrEqual(1);
          expect(seated.length).toBeLessThanOrEqual(members);
          if (leaders.length > 0) expect(panel.seats[0]?.role).toBe('lead');
          const expected =
            leaders.length === 0 || seated.length < members ? { leader: leaders.length === 0, members: members - seated.length } : null;
          expect(panel.shortfall).toEqual(expected);
          // A seat left empty means nobody who could take it was left: every such expert is recorded as excluded.
          const excluded = new Set(panel.exclusions.map((x) => x.code));
          const onPanel = new Set(panel.seats.map((s) => s.code));
          for (const expert of input.experts.experts.filter((x) => x.active && !onPanel.has(x.code))) {
            if (panel.shortfall?.leader && expert.roles.includes('lead')) expect(excluded.has(expert.code)).toBe(true);
            if ((panel.shortfall?.members ?? 0) > 0 && expert.roles.includes('member')) expect(excluded.has(expert.code)).toBe(true);
          }
        }
        const short = outcome.panels.filter((p) => p.shortfall !== null).length;
        expect(outcome.notes.filter((n) => n.code === 'PANEL_SHORT')).toHaveLength(short);
      }),
      RUNS,
    );
  });

  it('property: the same seed and directories, in any input order, give the identical round', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const [i, e] = reversedDirectories(input.institutions, input.experts);
        expect(drawRound({ ...input, institutions: i, experts: e })).toEqual(drawRound(input));
      }),
      { numRuns: 30 },
    );
  });

  it('property: degenerate pools (empty, all inactive, all conflicted) give a recorded shortfall, never an exception', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom('empty', 'inactive', 'conflicted'), (input, how) => {
        const pool =
          how === 'empty'
            ? []
            : how === 'inactive'
              ? input.experts.experts.map((x) => ({ ...x, active: false }))
              : input.experts.experts.map((x) => ({
                  ...x,
                  conflicts: input.institutions.filings.map((f) => ({ relation: 'related' as const, uscc: f.uscc, name: null })),
                }));
        const outcome = drawRound({ ...input, experts: experts(pool) });
        for (const panel of outcome.panels) {
          expect(panel.seats).toEqual([]);
          expect(panel.shortfall).toEqual({ leader: true, members: input.rules.panel.members });
        }
        expect(outcome.notes.filter((n) => n.code === 'PANEL_SHORT')).toHaveLength(outcome.panels.length);
        if (how !== 'conflicted' || pool.every((x) => !x.active)) expect(outcome.notes.map((n) => n.code)).toContain('POOL_EMPTY');
      }),
      { numRuns: 30 },
    );
  });

  it('property: verify accepts its own record on the directories in any order and refuses any changed filing', () => {
    const meta = { roundUid: 'e'.repeat(32), roundName: '性质测试', drawnAt: '2026-12-04T00:00:00.000Z', drawnBy: 'test' };
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, pick) => {
        const record = buildRoundDrawRecord(meta, input);
        const [i, e] = reversedDirectories(input.institutions, input.experts);
        expect(verifyRoundDraw(record, i, e).ok).toBe(true);
        const target = input.institutions.filings[pick % input.institutions.filings.length] as DirectoryFiling;
        const changed = institutions(input.institutions.filings.map((f) => (f === target ? { ...f, filingNo: `${f.filingNo}x` } : f)));
        expect(verifyRoundDraw(record, changed, input.experts).ok).toBe(false);
      }),
      { numRuns: 25 },
    );
  });
});
