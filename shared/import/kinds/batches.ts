import { parseSkillLevel, validateBatchNo, validateOccupationCode } from '../../domain/validation';
import { staffRoleLabels, staffRoles, type StaffRole } from '../../store/enums';
import type { BatchRecord, StaffCount } from '../../store/records';
import type { ColumnSpec } from '../header';
import type { RowReader } from '../row-reader';
import type { ImportKindDefinition } from './definition';
import { filingRefColumns, filingRefKey, readFilingRef, type FilingRef, type FilingRefColumn } from './filing-ref';

type StaffColumn = `planned_${StaffRole}` | `present_${StaffRole}`;

export type BatchColumn =
  | FilingRefColumn
  | 'batchNo'
  | 'occupationCode'
  | 'occupationName'
  | 'workType'
  | 'level'
  | 'examDate'
  | 'planFiledOn'
  | 'publicity'
  | 'publicityStart'
  | 'publicityEnd'
  | StaffColumn
  | 'ownEvaluators'
  | 'externalEvaluators';

// R-SM-04: planned (考试计划) and present (现场) staff per role, e.g. 考评人员(计划) / 考评人员(实到).
const staffColumns: ColumnSpec<BatchColumn>[] = staffRoles.flatMap((role) => {
  const label = staffRoleLabels[role];
  return [
    { key: `planned_${role}` as const, label: `${label}（计划）`, synonyms: [`计划${label}`, `${label}计划数`, `${label}（计划人数）`] },
    { key: `present_${role}` as const, label: `${label}（实到）`, synonyms: [`实到${label}`, `${label}实到数`, `${label}（现场）`] },
  ];
});

export const batchColumns: readonly ColumnSpec<BatchColumn>[] = [
  ...filingRefColumns,
  { key: 'batchNo', label: '批次编号', synonyms: ['批次号', '认定批次', '批次'], requiredHeader: true },
  { key: 'occupationCode', label: '职业编码', synonyms: ['职业代码', '职业（工种）编码'], requiredHeader: true },
  { key: 'occupationName', label: '职业名称', synonyms: ['职业（工种）名称', '职业（工种）', '职业'], requiredHeader: true },
  { key: 'workType', label: '工种/职业方向', synonyms: ['工种', '职业方向', '工种名称'] },
  { key: 'level', label: '等级', synonyms: ['技能等级', '认定等级', '申报等级', '职业技能等级'], requiredHeader: true },
  { key: 'examDate', label: '考试日期', synonyms: ['考核日期', '认定日期', '考试时间', '评价日期'], requiredHeader: true, date: true },
  { key: 'planFiledOn', label: '计划备案日期', synonyms: ['考试计划备案日期', '计划报备日期', '计划报送日期'], date: true },
  { key: 'publicity', label: '公示期', synonyms: ['公示时间', '公示日期'] },
  { key: 'publicityStart', label: '公示开始日期', synonyms: ['公示开始', '公示起'], date: true },
  { key: 'publicityEnd', label: '公示结束日期', synonyms: ['公示结束', '公示止'], date: true },
  ...staffColumns,
  { key: 'ownEvaluators', label: '自有考评员', synonyms: ['本机构考评员', '自有考评员人数'] },
  { key: 'externalEvaluators', label: '外聘考评员', synonyms: ['外部考评员', '外聘考评员人数'] },
];

/** The stored batch, with its filing and occupation named as the file names them. */
export type BatchImportRecord = Omit<BatchRecord, 'id' | 'filingId' | 'filedOccupationId'> & {
  filing: FilingRef;
  occupationCode: string;
  occupationName: string;
  workType: string;
};

const headcount = { min: 0, max: 10_000, integer: true };

function readPublicity(r: RowReader<BatchColumn>): { start: string | null; end: string | null } {
  const range = r.dateRange('publicity');
  const start = r.date('publicityStart') ?? range?.from ?? null;
  const end = r.date('publicityEnd') ?? range?.to ?? null;
  if (start !== null && end !== null && end < start) r.fail('publicityEnd', 'ROW_PUBLICITY_END_BEFORE_START', { start, end });
  return { start, end };
}

function read(r: RowReader<BatchColumn>): BatchImportRecord | null {
  const filing = readFilingRef(r);
  const batchNo = r.check('batchNo', validateBatchNo, true);
  const occupation = r.check('occupationCode', validateOccupationCode, true);
  const occupationName = r.text('occupationName', { required: true, max: 100 });
  const workType = r.text('workType', { max: 100 }) ?? '';
  const level = r.check('level', parseSkillLevel, true);
  const examDate = r.date('examDate', true);
  const planFiledOn = r.date('planFiledOn');
  const publicity = readPublicity(r);
  const staff = Object.fromEntries(
    staffRoles.map((role) => [role, { planned: r.number(`planned_${role}`, headcount) ?? 0, present: r.number(`present_${role}`, headcount) ?? 0 }]),
  ) as Record<StaffRole, StaffCount>;
  const ownEvaluators = r.number('ownEvaluators', headcount) ?? 0;
  const externalEvaluators = r.number('externalEvaluators', headcount) ?? 0;
  if (r.errors.length > 0 || !filing || !batchNo || !occupation || !occupationName || !level || !examDate) return null;
  return {
    filing,
    batchNo,
    // The filed scope stores the occupation (four segments); a fifth segment names the work type.
    occupationCode: occupation.occupationCode,
    occupationName,
    workType,
    level,
    examDate,
    planFiledOn,
    publicityStart: publicity.start,
    publicityEnd: publicity.end,
    staff,
    ownEvaluators,
    externalEvaluators,
  };
}

export const batchesImport: ImportKindDefinition<BatchColumn, BatchImportRecord> = {
  kind: 'batches',
  columns: batchColumns,
  read,
  key: (record) => `${filingRefKey(record.filing)}|${record.batchNo}`,
  keyColumn: 'batchNo',
  keyLabel: '统一社会信用代码 + 机构备案号 + 批次编号',
};
