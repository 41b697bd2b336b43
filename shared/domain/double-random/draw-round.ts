import { DrawStream, normalizeSeedHex } from '../sampling/draw-stream';
import { canonicalExpertDirectory, canonicalInstitutionDirectory } from './directories';
import { drawPanels } from './draw-panels';
import { ROUND_DRAW_STREAM_PREFIX } from './round-streams';
import { selectFilings } from './select-filings';
import type { ExpertDirectory, InstitutionDirectory, RoundDrawOutcome, RoundRules } from './types';

export interface RoundDrawInput {
  seed: string;
  rules: RoundRules;
  institutions: InstitutionDirectory;
  experts: ExpertDirectory;
}

/**
 * The round's draw (algorithm skill-inspector/round-draw/v1): institutions by the rules, then a panel for each with
 * 回避 — a pure function of its input, so `round verify` re-runs it and compares. Precise enough to re-implement:
 *
 * 0. Both directories are put in canonical form (./directories.ts): filings by filingId, experts by code. Every
 *    random number comes from a DrawStream(seed, name) (../sampling/draw-stream.ts) with `uniformInt`; a
 *    "uniform pick of k from a list of n" is LazyPermutation(stream, n).prefix(k) read as indices into the list
 *    (forward Fisher–Yates); a pick with k = 0 or n = 0 reads no word. Streams are named
 *    `skill-inspector/round-draw/v1/<part>`:
 *    `spot-check/<kind>`, `process-check/<kind>`, `panel-order`, `panel-seats`. Kinds go in
 *    DIRECTORY_INSTITUTION_KINDS order (enterprise, college, socialOrg). ceil(p × n / 100) is computed in integers.
 * 1. Selection (./select-filings.ts):
 *    a. R-DL-01 renewal: every filing with renewalWindow.from ≤ validTo ≤ renewalWindow.to (string order of ISO dates).
 *    b. Spot checks, per kind: the filings of that kind not selected by (a), in filingId order; pick
 *       ceil(spotCheckPercent[kind] × n / 100) of them from stream `spot-check/<kind>`.
 *    c. R-SM-05 process check (when rules.processCheck): per kind, the batches of all filings of that kind, in
 *       (filingId, batchId) order; pick ceil(batchPercent[kind] × n / 100) from stream `process-check/<kind>`. A filing
 *       with a picked batch is selected for 'processCheck' and lists its picked batches by batchId.
 *    One SelectedFiling per filing, reasons in SELECTION_REASONS order, sorted by filingId.
 * 2. Panels (./draw-panels.ts): the selected filings are visited in the order LazyPermutation(`panel-order`, m)
 *    gives (m = number selected; the whole permutation). One stream `panel-seats` serves every panel in that
 *    visiting order. For each filing, every active expert (code order) gets every exclusion reason that applies
 *    (EXCLUSION_REASONS order); eligible = no reason. Names compare by normaliseInstitutionName, USCCs by
 *    normaliseUscc (./normalise-name.ts); an empty name or USCC never matches:
 *    - sameEmployer: employerUscc = the filing's uscc, or employerName = its institutionName or listedName;
 *    - declaredConflict: some conflict's uscc = the filing's uscc, or its name = institutionName or listedName;
 *    - previousRound: avoidPreviousRound and the filing's uscc is in previousRoundUsccs;
 *    - sameRegion: avoidSameRegion and the expert's region (not null, not '') equals the filing's, as written;
 *    - loadLimit: the expert already sits on maxPanelsPerExpert panels drawn before this one.
 *    Then:
 *    - the leader: among eligible experts with role 'lead'; with preferSpecialists, among those whose specialties
 *      meet the filing's occupationCodes if there is one, else among the rest; a pick of 1 from that tier (code
 *      order). No candidate: shortfall.leader.
 *    - the members: among eligible experts with role 'member', not the leader; with preferSpecialists first
 *      min(N, specialists) by a uniform pick without replacement (one LazyPermutation over the tier, code order),
 *      then the remaining seats likewise from the rest; without, one pick of N from all. Seats short: shortfall.members.
 *    - every seated expert's load goes up by one (the loadLimit reason is load ≥ maxPanelsPerExpert).
 *    - exclusions: every active expert holding a role the panel needs ('lead' always, 'member' when N > 0) who has a
 *      reason, sorted by code.
 *    `panels` are sorted by filingId.
 * 3. Notes (never a failure): selection notes (renewal, spot checks and process checks by kind), then the pool's
 *    (inactive experts left out, empty pool, unknown previous round), then PANEL_SHORT per short panel by filingId.
 */
export function drawRound(input: RoundDrawInput): RoundDrawOutcome {
  // A bad seed is refused (AppError SAMPLE_BAD_SEED) even when nothing would be drawn from it.
  const seed = normalizeSeedHex(input.seed);
  const institutions = canonicalInstitutionDirectory(input.institutions);
  const experts = canonicalExpertDirectory(input.experts);
  const stream = (part: string) => new DrawStream(seed, `${ROUND_DRAW_STREAM_PREFIX}${part}`);
  const selection = selectFilings(institutions.filings, input.rules, stream);
  const panels = drawPanels(selection.selected, institutions.filings, experts.experts, input.rules, stream);
  return { selected: selection.selected, panels: panels.panels, notes: [...selection.notes, ...panels.notes] };
}
