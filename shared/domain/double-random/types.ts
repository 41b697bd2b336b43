import type { IsoDate } from '../deadlines/plain-date';
import type { InstitutionKind } from '../sampling/population';
import type { SkillLevel } from '../validation/skill-level';

/**
 * 双随机、一公开 (鲁人社字〔2020〕50号 §六(二); 鲁人社函〔2024〕48号 §二(一); 国办发〔2015〕58号): a round's office draws
 * whom to inspect from the directory of filings and who inspects from the expert pool, from a seed fixed before the
 * draw, and publishes the result. Everything here is data: the draw (./draw-round.ts) is a pure function of the seed,
 * the rules and the two directories, so `round verify` re-runs it and compares.
 */

/** Version of the whole round-draw procedure; any change to order, streams or rules gets a new version. */
export const ROUND_DRAW_ALGORITHM = 'skill-inspector/round-draw/v1';
export const INSTITUTION_DIRECTORY_FORMAT = 'skill-inspector/institution-directory/v1';
export const EXPERT_DIRECTORY_FORMAT = 'skill-inspector/expert-directory/v1';

export type { InstitutionKind };
export const DIRECTORY_INSTITUTION_KINDS = ['enterprise', 'college', 'socialOrg'] as const satisfies readonly InstitutionKind[];

/** R-SM-05 (鲁人社函〔2024〕48号 §二(四)): yearly process-material checks of at least these shares of batches, in %. */
export const PROCESS_CHECK_MINIMUM_PERCENT: Record<InstitutionKind, number> = { socialOrg: 50, enterprise: 10, college: 0 };

// ---------------------------------------------------------------------------------------------------------------
// The two directories (双随机's 检查对象名录库 and 检查人员名录库), as snapshots a draw is made from.
// ---------------------------------------------------------------------------------------------------------------

/** A batch a process-material check may draw (the batches of the round's process-check year). */
export interface DirectoryBatch {
  batchId: number;
  batchNo: string;
  occupationCode: string;
  level: SkillLevel;
  examDate: IsoDate;
}

/** One filing that may be inspected. `uscc` and `institutionName` are the institution's (回避 compares them). */
export interface DirectoryFiling {
  filingId: number;
  filingNo: string;
  uscc: string;
  institutionName: string;
  listedName: string;
  kind: InstitutionKind;
  region: string | null;
  validTo: IsoDate | null;
  /** Filed occupation codes, sorted, distinct. */
  occupationCodes: string[];
  /** Batches examined in the process-check year, sorted by batchId (empty when the plan has no process check). */
  batches: DirectoryBatch[];
}

/** 检查对象名录: sorted by filingId. */
export interface InstitutionDirectory {
  format: typeof INSTITUTION_DIRECTORY_FORMAT;
  filings: DirectoryFiling[];
}

export const CONFLICT_RELATIONS = ['worked', 'trained', 'related', 'other'] as const;
export type ConflictRelation = (typeof CONFLICT_RELATIONS)[number];
export const CONFLICT_RELATION_LABELS: Record<ConflictRelation, string> = {
  worked: '曾在该机构工作',
  trained: '曾在该机构培训',
  related: '与该机构有利害关系',
  other: '其他需回避情形',
};

/** A declared conflict: an institution by USCC and/or name (names compare normalised, see ./normalise-name.ts). */
export interface DeclaredConflict {
  relation: ConflictRelation;
  uscc: string | null;
  name: string | null;
}

export const PANEL_ROLES = ['lead', 'member'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

/** One expert as a draw sees it: no ID number (the directory is published with the record). */
export interface DirectoryExpert {
  /** 专家编号, unique in the pool. */
  code: string;
  name: string;
  employerName: string | null;
  employerUscc: string | null;
  region: string | null;
  /** Occupation codes (X-XX-XX-XX), sorted, distinct. */
  specialties: string[];
  /** Roles the expert may take: 组长 (lead) and/or 成员 (member), in PANEL_ROLES order. */
  roles: PanelRole[];
  active: boolean;
  conflicts: DeclaredConflict[];
  /** USCCs of the institutions the expert inspected in the plan's previous round (from that round's draw), sorted. */
  previousRoundUsccs: string[];
}

/** 检查人员名录: sorted by code. */
export interface ExpertDirectory {
  format: typeof EXPERT_DIRECTORY_FORMAT;
  experts: DirectoryExpert[];
}

// ---------------------------------------------------------------------------------------------------------------
// The plan's rules.
// ---------------------------------------------------------------------------------------------------------------

export type KindPercents = Record<InstitutionKind, number>;

export interface RoundRules {
  /** R-DL-01: every filing whose validity ends in this window (inclusive) is selected (延续备案评估). */
  renewalWindow: { from: IsoDate; to: IsoDate } | null;
  /** Random spot checks (随机抽查): this share (%, 0–100) of the other filings of each kind. */
  spotCheckPercent: KindPercents;
  /** R-SM-05: the process-material check of one year: this share (%) of the year's batches of each kind. */
  processCheck: { year: number; batchPercent: KindPercents } | null;
  panel: {
    /** N: members besides the leader (0–10). */
    members: number;
    /** The most panels one expert sits on in this round (load spread). */
    maxPanelsPerExpert: number;
    /** 回避 the institution's own region (交叉检查). */
    avoidSameRegion: boolean;
    /** 回避 the institutions an expert inspected in the previous round. */
    avoidPreviousRound: boolean;
    /** The round whose draw says who inspected what; null: none. */
    previousRoundUid: string | null;
    /** Draw from specialists in the filing's filed occupations first, then from the others. */
    preferSpecialists: boolean;
  };
}

export const defaultRoundRules = (year: number): RoundRules => ({
  renewalWindow: { from: `${year}-01-01`, to: `${year}-12-31` },
  spotCheckPercent: { enterprise: 0, college: 0, socialOrg: 0 },
  processCheck: null,
  panel: { members: 2, maxPanelsPerExpert: 3, avoidSameRegion: false, avoidPreviousRound: true, previousRoundUid: null, preferSpecialists: true },
});

// ---------------------------------------------------------------------------------------------------------------
// The result.
// ---------------------------------------------------------------------------------------------------------------

export const SELECTION_REASONS = ['renewal', 'spotCheck', 'processCheck'] as const;
export type SelectionReason = (typeof SELECTION_REASONS)[number];
export const SELECTION_REASON_LABELS: Record<SelectionReason, string> = {
  renewal: '备案有效期届满（延续备案评估）',
  spotCheck: '随机抽查',
  processCheck: '过程化资料抽检',
};

export interface SelectedFiling {
  filingId: number;
  filingNo: string;
  uscc: string;
  institutionName: string;
  kind: InstitutionKind;
  /** In SELECTION_REASONS order. */
  reasons: SelectionReason[];
  /** The process-check batches drawn from this filing (sorted by batchId); empty otherwise. */
  batches: { batchId: number; batchNo: string }[];
}

export const EXCLUSION_REASONS = ['sameEmployer', 'declaredConflict', 'previousRound', 'sameRegion', 'loadLimit'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
export const EXCLUSION_REASON_LABELS: Record<ExclusionReason, string> = {
  sameEmployer: '与被检查机构为同一单位',
  declaredConflict: '申报了与该机构的利害关系',
  previousRound: '上一轮已检查该机构',
  sameRegion: '与被检查机构同一地区',
  loadLimit: '本轮检查任务已达上限',
};

export interface PanelSeat {
  code: string;
  name: string;
  role: PanelRole;
  /** Drawn from the specialists in the filing's occupations. */
  specialist: boolean;
}

/** An expert who could have taken a seat on this panel but was excluded, with every reason that applied. */
export interface PanelExclusion {
  code: string;
  name: string;
  reasons: ExclusionReason[];
}

export interface DrawnPanel {
  filingId: number;
  /** Leader first, then members in draw order. */
  seats: PanelSeat[];
  exclusions: PanelExclusion[];
  /** Seats that could not be filled; null when the panel is full. Never silently short. */
  shortfall: { leader: boolean; members: number } | null;
}

export type RoundDrawNoteCode =
  | 'RENEWAL_NONE'
  | 'SPOT_NONE_ELIGIBLE'
  | 'PROCESS_BELOW_MINIMUM'
  | 'PROCESS_NO_BATCHES'
  | 'POOL_INACTIVE_LEFT_OUT'
  | 'POOL_EMPTY'
  | 'PANEL_SHORT'
  | 'PREVIOUS_ROUND_UNKNOWN';

/** A shortfall or relaxation, recorded in words (never a failure). */
export interface RoundDrawNote {
  code: RoundDrawNoteCode;
  message: string;
}

/** What the draw computes from (seed, rules, directories); verify compares this part. */
export interface RoundDrawOutcome {
  selected: SelectedFiling[];
  panels: DrawnPanel[];
  notes: RoundDrawNote[];
}

/** The stored and published record of one round's draw. */
export interface RoundDrawRecord extends RoundDrawOutcome {
  algorithm: typeof ROUND_DRAW_ALGORITHM;
  roundUid: string;
  roundName: string;
  seed: string;
  /** SHA-256 of the seed's bytes, published when the plan was made (before the draw). */
  seedHash: string;
  rules: RoundRules;
  institutionDirectoryHash: string;
  expertDirectoryHash: string;
  counts: { filings: number; experts: number; activeExperts: number };
  drawnAt: string;
  drawnBy: string;
}

export interface RoundVerification {
  ok: boolean;
  /** Plain-Chinese differences between the record and the re-run. */
  problems: string[];
}
