import {
  institutionKindLabels,
  institutionNatureLabels,
  notUploadedReasonLabels,
  type CandidateResult,
  type InstitutionKind,
  type InstitutionNature,
  type NotUploadedReason,
} from '../store/enums';

/** How offices write the closed value sets; keys are compared after removing blanks and full-width forms. */
function lookupTable<T>(entries: readonly (readonly [T, readonly string[]])[]): (text: string) => T | null {
  const table = new Map<string, T>();
  for (const [value, spellings] of entries) for (const spelling of spellings) table.set(compact(spelling), value);
  return (text) => table.get(compact(text)) ?? null;
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '').toLowerCase();
}

export const readInstitutionKind = lookupTable<InstitutionKind>([
  ['enterprise', [institutionKindLabels.enterprise, '企业', '用人单位', '用人单位自主评价', '自主评价用人单位', 'enterprise']],
  ['college', [institutionKindLabels.college, '院校', '自主评价学校', 'college']],
  ['socialOrg', [institutionKindLabels.socialOrg, '社会培训评价机构', '社评组织', '社会评价组织', 'socialorg']],
]);

export const institutionKindChoices = Object.values(institutionKindLabels).join('、');

export const readInstitutionNature = lookupTable<InstitutionNature>(
  (Object.entries(institutionNatureLabels) as [InstitutionNature, string][]).map(([value, label]) => [value, [label, value]]),
);

export const institutionNatureChoices = Object.values(institutionNatureLabels).join('、');

export const readYesNo = lookupTable<boolean>([
  [true, ['是', '√', '✓', 'y', 'yes', 'true', '1', '有']],
  [false, ['否', '×', '✗', 'n', 'no', 'false', '0', '无']],
]);

export const readCandidateResult = lookupTable<CandidateResult>([
  ['pass', ['合格', '通过', '及格', 'pass']],
  ['fail', ['不合格', '未通过', '不及格', 'fail']],
  ['absent', ['缺考', '未参加', 'absent']],
]);

export const readNotUploadedReason = lookupTable<NotUploadedReason>(
  (Object.entries(notUploadedReasonLabels) as [NotUploadedReason, string][]).map(([value, label]) => [
    value,
    value === 'occupation' ? [label, '职业', '工种', '职业工种'] : value === 'under16' ? [label, '未满16岁'] : [label],
  ]),
);

export const notUploadedReasonChoices = Object.values(notUploadedReasonLabels).join('、');
