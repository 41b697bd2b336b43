import { validateBatchNo, validateIdCardNumber } from '../../domain/validation';
import type { CandidateRecord } from '../../store/records';
import { codeStoredAsNumber } from '../number-cells';
import type { ColumnSpec } from '../header';
import type { RowReader } from '../row-reader';
import { notUploadedReasonChoices, readCandidateResult, readNotUploadedReason, readYesNo } from '../values';
import type { ImportKindDefinition } from './definition';
import { filingRefColumns, filingRefKey, readFilingRef, type FilingRef, type FilingRefColumn } from './filing-ref';

export type CandidateColumn =
  | FilingRefColumn
  | 'batchNo'
  | 'name'
  | 'idNumber'
  | 'education'
  | 'workYears'
  | 'eligibilityBasis'
  | 'theoryScore'
  | 'skillScore'
  | 'result'
  | 'certificateNo'
  | 'uploadedNational'
  | 'notUploadedReason'
  | 'notUploadedNote';

/** A roster row (R-SD-02 needs the certificate and its upload to the national system, or the reason not). */
export const candidateColumns: readonly ColumnSpec<CandidateColumn>[] = [
  ...filingRefColumns,
  { key: 'batchNo', label: '批次编号', synonyms: ['批次号', '认定批次', '批次'], requiredHeader: true },
  { key: 'name', label: '姓名', synonyms: ['考生姓名', '人员姓名'], requiredHeader: true },
  { key: 'idNumber', label: '身份证号', synonyms: ['身份证号码', '公民身份号码', '证件号码', '身份证'], requiredHeader: true },
  { key: 'education', label: '文化程度', synonyms: ['学历'] },
  { key: 'workYears', label: '工作年限', synonyms: ['从业年限', '本职业工作年限'] },
  { key: 'eligibilityBasis', label: '申报条件', synonyms: ['申报依据', '报名条件'] },
  { key: 'theoryScore', label: '理论成绩', synonyms: ['理论知识成绩', '理论考试成绩', '理论'] },
  { key: 'skillScore', label: '技能成绩', synonyms: ['操作技能成绩', '实操成绩', '技能考核成绩', '技能'] },
  { key: 'result', label: '认定结果', synonyms: ['是否合格', '考核结果', '评价结果', '结果'] },
  { key: 'certificateNo', label: '证书编号', synonyms: ['证书号', '证书号码'] },
  { key: 'uploadedNational', label: '是否上国网', synonyms: ['已上传国网', '上国网', '是否上传全国联网查询系统', '是否上传国网'] },
  { key: 'notUploadedReason', label: '未上传原因', synonyms: ['未上国网原因', '未上传国网原因'] },
  { key: 'notUploadedNote', label: '未上传说明', synonyms: ['原因说明'] },
];

/** The stored candidate's facts, with the batch named as the file names it and the birth date read from the ID. */
export type CandidateImportRecord = Omit<CandidateRecord, 'id' | 'batchId' | 'birthDate'> & {
  filing: FilingRef;
  batchNo: string;
  birthDate: string;
};

const score = { min: 0, max: 100 };

function readIdNumber(r: RowReader<CandidateColumn>) {
  const raw = r.raw('idNumber');
  // An ID typed into a number cell has lost its last digits (Excel keeps 15 significant digits).
  if (codeStoredAsNumber(raw)) {
    return r.fail('idNumber', 'ROW_ID_STORED_AS_NUMBER');
  }
  return r.check('idNumber', (text) => validateIdCardNumber(text), true);
}

function read(r: RowReader<CandidateColumn>): CandidateImportRecord | null {
  const filing = readFilingRef(r);
  const batchNo = r.check('batchNo', validateBatchNo, true);
  const name = r.text('name', { required: true, max: 100 });
  const id = readIdNumber(r);
  const education = r.text('education', { max: 50 });
  const workYears = r.number('workYears', { min: 0, max: 80, integer: true });
  const eligibilityBasis = r.text('eligibilityBasis', { max: 500 });
  const theoryScore = r.number('theoryScore', score);
  const skillScore = r.number('skillScore', score);
  const result = r.choice('result', readCandidateResult, 'TERM_ROW_RESULT_CHOICES');
  const certificateNo = r.text('certificateNo', { max: 60 });
  const uploadedNational = r.choice('uploadedNational', readYesNo, 'TERM_ROW_YES_OR_NO') ?? false;
  const notUploadedReason = r.choice('notUploadedReason', readNotUploadedReason, notUploadedReasonChoices);
  const notUploadedNote = r.text('notUploadedNote', { max: 500 });
  if (uploadedNational && notUploadedReason !== null) r.fail('notUploadedReason', 'ROW_UPLOADED_WITH_REASON');
  if (r.errors.length > 0 || !filing || !batchNo || !name || !id) return null;
  return {
    filing,
    batchNo,
    name,
    idNumber: id.number,
    birthDate: id.birthDate,
    education,
    workYears,
    eligibilityBasis,
    theoryScore,
    skillScore,
    result,
    certificateNo,
    uploadedNational,
    notUploadedReason,
    notUploadedNote,
  };
}

export const candidatesImport: ImportKindDefinition<CandidateColumn, CandidateImportRecord> = {
  kind: 'candidates',
  columns: candidateColumns,
  read,
  key: (record) => `${filingRefKey(record.filing)}|${record.batchNo}|${record.idNumber}`,
  keyColumn: 'idNumber',
  keyLabel: '批次 + 身份证号',
};
