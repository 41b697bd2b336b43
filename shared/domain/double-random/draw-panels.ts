import type { DrawStream } from '../sampling/draw-stream';
import { normaliseInstitutionName, normaliseUscc } from './normalise-name';
import { pickIndices, type StreamOf } from './round-streams';
import type {
  DirectoryExpert,
  DirectoryFiling,
  DrawnPanel,
  ExclusionReason,
  PanelExclusion,
  PanelRole,
  PanelSeat,
  RoundDrawNote,
  RoundRules,
  SelectedFiling,
} from './types';

/** An expert with the names and codes 回避 compares, normalised once for the whole round. */
interface PoolExpert {
  expert: DirectoryExpert;
  employerUscc: string;
  employerName: string;
  conflictUsccs: Set<string>;
  conflictNames: Set<string>;
  previousRoundUsccs: Set<string>;
  specialties: Set<string>;
  lead: boolean;
  member: boolean;
}

/** The institution of a filing as 回避 compares it. */
interface PanelTarget {
  filing: DirectoryFiling;
  uscc: string;
  /** Its normalised name and listed name (one entry when they are the same); never ''. */
  names: string[];
}

// An empty code or name never matches: it says nothing about who the expert works for.
const usccOf = (value: string | null): string => (value ? normaliseUscc(value) : '');
const nameOf = (value: string | null): string => (value ? normaliseInstitutionName(value) : '');
const nonEmptySet = (values: readonly string[]): Set<string> => new Set(values.filter((value) => value !== ''));

function poolExpertOf(expert: DirectoryExpert): PoolExpert {
  return {
    expert,
    employerUscc: usccOf(expert.employerUscc),
    employerName: nameOf(expert.employerName),
    conflictUsccs: nonEmptySet(expert.conflicts.map((conflict) => usccOf(conflict.uscc))),
    conflictNames: nonEmptySet(expert.conflicts.map((conflict) => nameOf(conflict.name))),
    previousRoundUsccs: nonEmptySet(expert.previousRoundUsccs.map(usccOf)),
    specialties: new Set(expert.specialties),
    lead: expert.roles.includes('lead'),
    member: expert.roles.includes('member'),
  };
}

function targetOf(filing: DirectoryFiling): PanelTarget {
  return { filing, uscc: usccOf(filing.uscc), names: [...nonEmptySet([nameOf(filing.institutionName), nameOf(filing.listedName)])] };
}

/**
 * Every 回避 reason that keeps `candidate` off the panel of `target`, in EXCLUSION_REASONS order; null for none. Most
 * experts have none, so nothing is allocated for them (a province's draw asks this some 240,000 times).
 */
function exclusionReasonsOf(candidate: PoolExpert, target: PanelTarget, rules: RoundRules, load: number): ExclusionReason[] | null {
  const sameEmployer = (candidate.employerUscc !== '' && candidate.employerUscc === target.uscc) || target.names.includes(candidate.employerName);
  const conflicted =
    (target.uscc !== '' && candidate.conflictUsccs.has(target.uscc)) || target.names.some((name) => candidate.conflictNames.has(name));
  const previous = rules.panel.avoidPreviousRound && target.uscc !== '' && candidate.previousRoundUsccs.has(target.uscc);
  const region = candidate.expert.region;
  const sameRegion = rules.panel.avoidSameRegion && region !== null && region !== '' && region === target.filing.region;
  const loaded = load >= rules.panel.maxPanelsPerExpert;
  if (!sameEmployer && !conflicted && !previous && !sameRegion && !loaded) return null;
  const reasons: ExclusionReason[] = [];
  if (sameEmployer) reasons.push('sameEmployer');
  if (conflicted) reasons.push('declaredConflict');
  if (previous) reasons.push('previousRound');
  if (sameRegion) reasons.push('sameRegion');
  if (loaded) reasons.push('loadLimit');
  return reasons;
}

function isSpecialist(candidate: PoolExpert, filing: DirectoryFiling): boolean {
  return filing.occupationCodes.some((code) => candidate.specialties.has(code));
}

/** Picks up to `count` seats for `role`: specialists first when the round prefers them, each tier uniformly. */
function pickSeats(
  stream: DrawStream,
  eligible: PoolExpert[],
  filing: DirectoryFiling,
  role: PanelRole,
  count: number,
  preferSpecialists: boolean,
): PanelSeat[] {
  const tiers = preferSpecialists
    ? [eligible.filter((candidate) => isSpecialist(candidate, filing)), eligible.filter((candidate) => !isSpecialist(candidate, filing))]
    : [eligible];
  const seats: PanelSeat[] = [];
  for (const tier of tiers) {
    const wanted = Math.min(count - seats.length, tier.length);
    for (const index of pickIndices(stream, tier.length, wanted)) {
      const candidate = tier[index] as PoolExpert;
      seats.push({ code: candidate.expert.code, name: candidate.expert.name, role, specialist: isSpecialist(candidate, filing) });
    }
  }
  return seats;
}

interface Panels {
  panels: DrawnPanel[];
  notes: RoundDrawNote[];
}

/** Step 2 of drawRound (see its comment). `filings` and `experts` are canonical. */
export function drawPanels(
  selected: readonly SelectedFiling[],
  filings: readonly DirectoryFiling[],
  experts: readonly DirectoryExpert[],
  rules: RoundRules,
  streamOf: StreamOf,
): Panels {
  const notes: RoundDrawNote[] = [];
  const active = experts.filter((expert) => expert.active).map(poolExpertOf);
  const inactive = experts.length - active.length;
  if (inactive > 0) {
    notes.push({ code: 'POOL_INACTIVE_LEFT_OUT', message: `专家库中有 ${inactive} 名专家已停用，未参加本轮抽取。` });
  }
  if (active.length === 0) {
    notes.push({
      code: 'POOL_EMPTY',
      message:
        experts.length === 0
          ? '专家库为空，无法为抽中的机构抽取检查组。'
          : `专家库中的 ${experts.length} 名专家均已停用，无法为抽中的机构抽取检查组。`,
    });
  }
  if (rules.panel.avoidPreviousRound && rules.panel.previousRoundUid === null) {
    notes.push({ code: 'PREVIOUS_ROUND_UNKNOWN', message: '本轮要求回避上一轮检查过的机构，但未指定上一轮，此项回避未执行。' });
  }
  if (selected.length === 0) return { panels: [], notes };

  const filingById = new Map(filings.map((filing) => [filing.filingId, filing]));
  const load = new Map<string, number>();
  const members = rules.panel.members;
  const order = pickIndices(streamOf('panel-order'), selected.length, selected.length);
  const seatStream = streamOf('panel-seats');
  const panels: DrawnPanel[] = [];
  for (const index of order) {
    const filing = filingById.get((selected[index] as SelectedFiling).filingId) as DirectoryFiling;
    const target = targetOf(filing);
    const eligible: PoolExpert[] = [];
    const exclusions: PanelExclusion[] = [];
    for (const candidate of active) {
      const reasons = exclusionReasonsOf(candidate, target, rules, load.get(candidate.expert.code) ?? 0);
      if (reasons === null) eligible.push(candidate);
      else if (candidate.lead || (members > 0 && candidate.member))
        exclusions.push({ code: candidate.expert.code, name: candidate.expert.name, reasons });
    }
    const leaders = pickSeats(
      seatStream,
      eligible.filter((candidate) => candidate.lead),
      filing,
      'lead',
      1,
      rules.panel.preferSpecialists,
    );
    const leaderCode = leaders[0]?.code;
    const memberSeats = pickSeats(
      seatStream,
      eligible.filter((candidate) => candidate.member && candidate.expert.code !== leaderCode),
      filing,
      'member',
      members,
      rules.panel.preferSpecialists,
    );
    const seats = [...leaders, ...memberSeats];
    for (const seat of seats) load.set(seat.code, (load.get(seat.code) ?? 0) + 1);
    const leaderShort = leaders.length === 0;
    const membersShort = members - memberSeats.length;
    panels.push({
      filingId: filing.filingId,
      seats,
      exclusions,
      shortfall: leaderShort || membersShort > 0 ? { leader: leaderShort, members: membersShort } : null,
    });
  }
  panels.sort((a, b) => a.filingId - b.filingId);

  for (const panel of panels) {
    if (!panel.shortfall) continue;
    const filing = filingById.get(panel.filingId) as DirectoryFiling;
    const missing = [panel.shortfall.leader ? '组长 1 名' : '', panel.shortfall.members > 0 ? `成员 ${panel.shortfall.members} 名` : '']
      .filter(Boolean)
      .join('、');
    notes.push({
      code: 'PANEL_SHORT',
      message: `${filing.institutionName}（备案 ${filing.filingNo}）的检查组缺${missing}：符合回避要求的专家不足（排除 ${panel.exclusions.length} 名）。`,
    });
  }
  return { panels, notes };
}
