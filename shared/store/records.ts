import type {
  CandidateResult,
  FiledScopeOrigin,
  InspectionStatus,
  InstitutionKind,
  InstitutionNature,
  NotUploadedReason,
  SampledUnitKind,
  SignerRole,
  SkillLevel,
  StaffRole,
} from './enums';

/** What the local store holds, as plain data (dates 'YYYY-MM-DD', timestamps ISO 8601). Shared by db/ and IPC. */

/** A legal entity (one 统一社会信用代码). */
export interface InstitutionRecord {
  id: number;
  uscc: string;
  name: string;
  region: string | null;
  address: string | null;
  contact: string | null;
  phone: string | null;
  /** 央企分支机构 (enterprises, 000 附件1 机构类型); false means 省辖企业 or not an enterprise. */
  centralSoeBranch: boolean;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One filing (备案) of an institution; the same entity may hold filings of different kinds. */
export interface FilingRecord {
  id: number;
  institutionId: number;
  kind: InstitutionKind;
  /** Social organisations only: 企业 / 行业协会 / 高等院校 / 技工院校 / 民办职业培训机构. */
  nature: InstitutionNature | null;
  /** The name exactly as the published list shows it (e.g. 阳泉市热力有限责任公司企业). */
  listedName: string;
  filingNo: string;
  filingYear: number;
  filedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface FiledOccupationRecord {
  id: number;
  filingId: number;
  /** 职业编码, e.g. 4-10-01-02. */
  code: string;
  name: string;
  /** 工种/职业方向; '' when the occupation has none. */
  workType: string;
  levels: SkillLevel[];
  /** Filed, derived from batches (the filing had no scope), or unfiled (only a batch names it; no levels). */
  origin: FiledScopeOrigin;
}

export interface StaffCount {
  planned: number;
  present: number;
}

export interface BatchRecord {
  id: number;
  filingId: number;
  filedOccupationId: number;
  level: SkillLevel;
  batchNo: string;
  examDate: string;
  planFiledOn: string | null;
  publicityStart: string | null;
  publicityEnd: string | null;
  staff: Record<StaffRole, StaffCount>;
  ownEvaluators: number;
  externalEvaluators: number;
}

export interface CandidateRecord {
  id: number;
  batchId: number;
  name: string;
  /** Full 身份证号 — stays in main; handlers send masked copies to the renderer. */
  idNumber: string;
  birthDate: string | null;
  education: string | null;
  workYears: number | null;
  eligibilityBasis: string | null;
  theoryScore: number | null;
  skillScore: number | null;
  result: CandidateResult | null;
  certificateNo: string | null;
  uploadedNational: boolean;
  notUploadedReason: NotUploadedReason | null;
  notUploadedNote: string | null;
}

export interface PanelMember {
  name: string;
  role: 'lead' | 'member';
  inspectorId?: number;
}

export interface InspectionRecord {
  id: number;
  institutionId: number;
  filingId: number;
  templateId: string;
  templateVersion: string;
  panel: PanelMember[];
  inspectionDate: string;
  site: string;
  status: InspectionStatus;
  /** Total in hundredths of a point once scored (see shared/domain/scoring/points.ts). */
  scoreHundredths: number | null;
  revision: number;
  parentId: number | null;
  revisionReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AnswerRecord {
  inspectionId: number;
  itemId: string;
  /** The item's answer as the scoring domain defines it; stored as JSON. */
  answer: unknown;
  updatedAt: string;
  updatedBy: string;
}

export interface SamplingDrawRecord {
  id: number;
  inspectionId: number;
  /** What the draw is for, e.g. an item id or a rule id such as R-SM-01. */
  purpose: string;
  sequence: number;
  redrawReason: string | null;
  /** The reproducible draw record (seed, population, selected units, shortfall — R-SM-06). */
  record: unknown;
  drawnAt: string;
  drawnBy: string;
}

export interface FindingRecord {
  id: number;
  inspectionId: number;
  itemId: string;
  unitKind: SampledUnitKind;
  unitId: string;
  drawId: number | null;
  description: string;
  createdAt: string;
  createdBy: string;
}

export interface SignatureRecord {
  id: number;
  inspectionId: number;
  signerName: string;
  role: SignerRole;
  imagePng: Uint8Array;
  signedAt: string;
}

export interface EvidenceRecord {
  id: number;
  inspectionId: number;
  itemId: string | null;
  findingId: number | null;
  /** Relative to the data directory; never absolute, never '..'. */
  relativePath: string;
  sha256: string;
  sizeBytes: number;
  mime: string;
  createdAt: string;
}
