/**
 * Closed value sets the local store keeps (CHECK constraints in db/migrations mirror these lists),
 * with the Chinese label the interface and printed forms use. Pure: no Node, no DOM.
 */

/** R-INS-01: 自主评价企业 / 自主评价院校 / 社会培训评价组织. */
export const institutionKinds = ['enterprise', 'college', 'socialOrg'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];
export const institutionKindLabels: Record<InstitutionKind, string> = {
  enterprise: '自主评价企业',
  college: '自主评价院校',
  socialOrg: '社会培训评价组织',
};

/** R-INS-01: a social organisation's nature (机构性质, 002 附件1). */
export const institutionNatures = ['enterprise', 'industryAssociation', 'higherEducation', 'technicalSchool', 'privateTrainingSchool'] as const;
export type InstitutionNature = (typeof institutionNatures)[number];
export const institutionNatureLabels: Record<InstitutionNature, string> = {
  enterprise: '企业',
  industryAssociation: '行业协会',
  higherEducation: '高等院校',
  technicalSchool: '技工院校',
  privateTrainingSchool: '民办职业培训机构',
};

/** R-INS-04: skill levels, defined once by the validation domain (shared/domain/validation/skill-level.ts). */
export { SKILL_LEVELS as skillLevels, SKILL_LEVEL_LABELS as skillLevelLabels, type SkillLevel } from '../domain/validation/skill-level';

/**
 * R-INS-03: where a filed occupation row comes from — the filing itself, derived from imported batches because the
 * filing had no scope, or named only by a batch outside the filed scope (no filed levels).
 */
export const filedScopeOrigins = ['filed', 'derived', 'unfiled'] as const;
export type FiledScopeOrigin = (typeof filedScopeOrigins)[number];

/** R-SM-04: exam staff roles, in the order the form lists them. */
export const staffRoles = ['examLead', 'evaluator', 'proctor', 'supervisor', 'assistant'] as const;
export type StaffRole = (typeof staffRoles)[number];
export const staffRoleLabels: Record<StaffRole, string> = {
  examLead: '考场负责人',
  evaluator: '考评人员',
  proctor: '监考人员',
  supervisor: '内部质量督导员',
  assistant: '辅助人员',
};

/** R-SD-02: why a certificate was not uploaded to the national system. */
export const notUploadedReasons = ['under16', 'occupation', 'level', 'eligibility', 'other'] as const;
export type NotUploadedReason = (typeof notUploadedReasons)[number];
export const notUploadedReasonLabels: Record<NotUploadedReason, string> = {
  under16: '未满16周岁',
  occupation: '职业（工种）',
  level: '等级',
  eligibility: '申报条件',
  other: '其他',
};

export const candidateResults = ['pass', 'fail', 'absent'] as const;
export type CandidateResult = (typeof candidateResults)[number];

/** An inspection moves forward only: draft → signed → locked → exported. */
export const inspectionStatuses = ['draft', 'signed', 'locked', 'exported'] as const;
export type InspectionStatus = (typeof inspectionStatuses)[number];
/** Statuses whose inspections travel in a result bundle: the panel has signed them. */
export const exportableInspectionStatuses = ['signed', 'locked', 'exported'] as const satisfies readonly InspectionStatus[];
export const inspectionStatusLabels: Record<InspectionStatus, string> = {
  draft: '草稿',
  signed: '已签名',
  locked: '已锁定',
  exported: '已导出',
};

/** What a finding or a draw points at. */
export const sampledUnitKinds = ['batch', 'candidate', 'occupation', 'questionBank', 'plan', 'document', 'site', 'other'] as const;
export type SampledUnitKind = (typeof sampledUnitKinds)[number];

export const signerRoles = ['panelLead', 'panelMember', 'institutionRep'] as const;
export type SignerRole = (typeof signerRoles)[number];
export const signerRoleLabels: Record<SignerRole, string> = {
  panelLead: '评估组组长',
  panelMember: '评估人员',
  institutionRep: '被评估机构负责人',
};
