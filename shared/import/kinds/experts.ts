import type { ConflictRelation } from '../../domain/double-random/types';
import { normalizeCodeText, validateIdCardNumber, validateOccupationCode, validateUscc } from '../../domain/validation';
import { cellText } from '../cell-text';
import type { ColumnSpec } from '../header';
import { codeStoredAsNumber } from '../number-cells';
import type { RowReader } from '../row-reader';
import { readYesNo } from '../values';
import type { ImportKindDefinition } from './definition';
import { readConflictList, type ImportedConflict } from './expert-conflicts';

export type ExpertColumn =
  | 'code'
  | 'name'
  | 'idNumber'
  | 'employerName'
  | 'employerUscc'
  | 'region'
  | 'specialties'
  | 'canLead'
  | 'canMember'
  | 'status'
  | 'deviceKey'
  | 'conflicts';

/** 专家库 (issue 16 §1): one row is one expert; the ID number is the key (an existing one updates that expert). */
export const expertColumns: readonly ColumnSpec<ExpertColumn>[] = [
  { key: 'code', label: '专家编号', synonyms: ['编号', '专家代码', '专家号'] },
  { key: 'name', label: '姓名', synonyms: ['专家姓名', '人员姓名'], requiredHeader: true },
  { key: 'idNumber', label: '身份证号', synonyms: ['身份证号码', '公民身份号码', '证件号码', '身份证'], requiredHeader: true },
  { key: 'employerName', label: '工作单位', synonyms: ['所在单位', '工作单位名称', '单位名称', '单位'] },
  {
    key: 'employerUscc',
    label: '工作单位统一社会信用代码',
    synonyms: ['单位统一社会信用代码', '工作单位信用代码', '单位信用代码', '统一社会信用代码'],
  },
  { key: 'region', label: '所在地区', synonyms: ['地区', '所属地区', '区县', '市县'] },
  {
    key: 'specialties',
    label: '职业（工种）编码',
    synonyms: ['职业编码', '职业工种编码', '专业职业编码', '擅长职业编码', '专长职业', '专业领域'],
  },
  { key: 'canLead', label: '可任组长', synonyms: ['可担任组长', '是否可任组长', '组长'] },
  { key: 'canMember', label: '可任成员', synonyms: ['可担任成员', '是否可任成员', '成员', '组员'] },
  { key: 'status', label: '状态', synonyms: ['专家状态', '在库状态', '是否启用'] },
  { key: 'deviceKey', label: '笔记本设备', synonyms: ['设备', '笔记本', '设备编号', '核查设备'] },
  { key: 'conflicts', label: '回避机构', synonyms: ['需回避机构', '回避单位', '回避'] },
];

export interface ExpertImportRecord {
  /** null: a new expert gets the next free ZJ-number, an existing one keeps its code. */
  code: string | null;
  name: string;
  idNumber: string;
  employerName: string | null;
  employerUscc: string | null;
  region: string | null;
  /** Occupation codes X-XX-XX-XX, distinct, sorted. */
  specialties: string[];
  canLead: boolean;
  canMember: boolean;
  active: boolean;
  deviceKey: string | null;
  conflicts: ImportedConflict[];
}

/** The schema's bounds (channels/experts.ts expertSaveArgs): more is a row error, not a silent cut. */
const MAX_SPECIALTIES = 50;
const MAX_CONFLICTS = 100;
const EXPERT_CODE = /^[A-Za-z0-9_-]{1,40}$/;
const SPECIALTY_SEPARATORS = /[、，,;；\s]+/;

const readStatus = (text: string): boolean | null => {
  const word = text.normalize('NFKC').replace(/\s/g, '');
  if (['在库', '启用', '正常', '有效', '是'].includes(word)) return true;
  if (['停用', '出库', '禁用', '无效', '否'].includes(word)) return false;
  return null;
};

function readCode(r: RowReader<ExpertColumn>): string | null {
  const text = normalizeCodeText(cellText(r.raw('code')));
  if (text === '') return null;
  return EXPERT_CODE.test(text) ? text : r.fail('code', 'ROW_EXPERT_CODE_FORMAT', { text });
}

function readIdNumber(r: RowReader<ExpertColumn>): string | null {
  // An ID typed into a number cell has lost its last digits (Excel keeps 15 significant digits).
  if (codeStoredAsNumber(r.raw('idNumber'))) return r.fail('idNumber', 'ROW_ID_STORED_AS_NUMBER');
  return r.check('idNumber', validateIdCardNumber, true)?.number ?? null;
}

function readSpecialties(r: RowReader<ExpertColumn>): string[] | null {
  const text = cellText(r.raw('specialties')).normalize('NFKC');
  const parts = text.split(SPECIALTY_SEPARATORS).filter((part) => part !== '');
  const codes = new Set<string>();
  for (const part of parts) {
    const result = validateOccupationCode(part);
    // A work-type code (X-XX-XX-XX-XX) names its occupation: panels are matched by occupation.
    if (!result.ok) return r.refuse('specialties', result.reason);
    codes.add(result.value.occupationCode);
  }
  if (codes.size > MAX_SPECIALTIES) return r.fail('specialties', 'ROW_EXPERT_TOO_MANY', { count: codes.size, max: MAX_SPECIALTIES });
  return [...codes].sort();
}

function readConflicts(r: RowReader<ExpertColumn>): ImportedConflict[] | null {
  const result = readConflictList(cellText(r.raw('conflicts')));
  if (!result.ok) return r.refuse('conflicts', result.reason);
  if (result.value.length > MAX_CONFLICTS) return r.fail('conflicts', 'ROW_EXPERT_TOO_MANY', { count: result.value.length, max: MAX_CONFLICTS });
  return result.value;
}

function read(r: RowReader<ExpertColumn>): ExpertImportRecord | null {
  const code = readCode(r);
  const name = r.text('name', { required: true, max: 100 });
  const idNumber = readIdNumber(r);
  const employerName = r.text('employerName', { max: 200 });
  const employerUscc = codeStoredAsNumber(r.raw('employerUscc'))
    ? r.fail('employerUscc', 'ROW_USCC_STORED_AS_NUMBER')
    : r.check('employerUscc', validateUscc);
  const region = r.text('region', { max: 100 });
  const specialties = readSpecialties(r);
  const canLead = r.choice('canLead', readYesNo, 'TERM_ROW_YES_OR_NO') ?? false;
  const canMember = r.blank('canMember') ? true : r.choice('canMember', readYesNo, 'TERM_ROW_YES_OR_NO');
  const active = r.blank('status') ? true : r.choice('status', readStatus, 'TERM_ROW_EXPERT_STATUS_CHOICES');
  const deviceKey = r.text('deviceKey', { max: 100 });
  const conflicts = readConflicts(r);
  if (!canLead && canMember === false) r.fail(r.has('canMember') ? 'canMember' : 'canLead', 'ROW_EXPERT_NO_ROLE');
  if (r.errors.length > 0 || !name || !idNumber || !specialties || canMember === null || active === null || !conflicts) return null;
  return { code, name, idNumber, employerName, employerUscc, region, specialties, canLead, canMember, active, deviceKey, conflicts };
}

export const expertsImport: ImportKindDefinition<ExpertColumn, ExpertImportRecord> = {
  kind: 'experts',
  columns: expertColumns,
  read,
  key: (record) => record.idNumber,
  keyColumn: 'idNumber',
  keyLabel: '身份证号',
};

export type { ConflictRelation, ImportedConflict };
