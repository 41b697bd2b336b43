import { validateFilingNo, validateUscc } from '../../domain/validation';
import type { InstitutionKind, InstitutionNature } from '../../store/enums';
import { parseFilingYear } from '../dates';
import { codeStoredAsNumber } from '../number-cells';
import type { ColumnSpec } from '../header';
import type { RowReader } from '../row-reader';
import { institutionKindChoices, institutionNatureChoices, readInstitutionKind, readInstitutionNature, readYesNo } from '../values';
import { checkPhone } from './phone';
import type { ImportKindDefinition } from './definition';

export type InstitutionColumn =
  | 'name'
  | 'uscc'
  | 'kind'
  | 'nature'
  | 'filingNo'
  | 'filingYear'
  | 'validity'
  | 'validFrom'
  | 'validTo'
  | 'region'
  | 'address'
  | 'contact'
  | 'phone'
  | 'centralSoeBranch';

/** R-INS-01..02: one row is one filing of an institution (004 附件1 lists, 000 附件1 field names). */
export const institutionColumns: readonly ColumnSpec<InstitutionColumn>[] = [
  { key: 'name', label: '评价机构名称', synonyms: ['机构名称', '单位名称', '企业名称', '名称'], requiredHeader: true },
  { key: 'uscc', label: '统一社会信用代码', synonyms: ['社会信用代码', '信用代码', '统一信用代码'], requiredHeader: true },
  {
    key: 'kind',
    label: '机构类别',
    synonyms: ['评价机构类型', '评价机构类别', '机构类型', '类别'],
    requiredHeader: true,
    fillDown: true,
  },
  { key: 'nature', label: '机构性质', synonyms: ['单位性质'] },
  { key: 'filingNo', label: '机构备案号', synonyms: ['备案号', '人社部门备案号', '备案编号'], requiredHeader: true },
  { key: 'filingYear', label: '备案年度', synonyms: ['备案时间', '备案年份', '备案日期'] },
  { key: 'validity', label: '备案有效期', synonyms: ['当前备案有效期', '有效期'] },
  { key: 'validFrom', label: '有效期起', synonyms: ['备案有效期起', '有效期开始', '有效期开始日期', '有效期自'], date: true },
  { key: 'validTo', label: '有效期止', synonyms: ['备案有效期止', '有效期结束', '有效期结束日期', '有效期至', '到期日期'], date: true },
  { key: 'region', label: '地区', synonyms: ['所在地区', '所属地区', '区县', '市县'] },
  { key: 'address', label: '地址', synonyms: ['机构地址', '单位地址', '通讯地址', '详细地址'] },
  { key: 'contact', label: '联系人', synonyms: ['联系人姓名'] },
  { key: 'phone', label: '联系电话', synonyms: ['电话', '联系方式', '手机', '手机号码'] },
  { key: 'centralSoeBranch', label: '央企分支机构', synonyms: ['是否央企分支机构', '央企分支'] },
];

export interface InstitutionImportRecord {
  uscc: string;
  name: string;
  kind: InstitutionKind;
  nature: InstitutionNature | null;
  filingNo: string;
  filingYear: number;
  filedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
  region: string | null;
  address: string | null;
  contact: string | null;
  phone: string | null;
  /** null when the file has no such column: the stored value is kept. */
  centralSoeBranch: boolean | null;
}

function readValidity(r: RowReader<InstitutionColumn>): { from: string | null; to: string | null } {
  const range = r.dateRange('validity');
  const from = r.date('validFrom') ?? range?.from ?? null;
  const to = r.date('validTo') ?? range?.to ?? null;
  if (from !== null && to !== null && to < from) r.fail('validTo', 'ROW_VALIDITY_END_BEFORE_START', { from, to });
  return { from, to };
}

function read(r: RowReader<InstitutionColumn>): InstitutionImportRecord | null {
  const name = r.text('name', { required: true, max: 200 });
  const uscc = codeStoredAsNumber(r.raw('uscc')) ? r.fail('uscc', 'ROW_USCC_STORED_AS_NUMBER') : r.check('uscc', validateUscc, true);
  const kind = r.choice('kind', readInstitutionKind, institutionKindChoices, true);
  const nature = r.choice('nature', readInstitutionNature, institutionNatureChoices);
  const filingNo = r.check('filingNo', validateFilingNo, true);
  const validity = readValidity(r);
  // Without 备案年度 the year the validity starts is the filing year.
  const filing = r.blank('filingYear')
    ? validity.from
      ? { year: Number(validity.from.slice(0, 4)), filedOn: null }
      : r.missing('filingYear', 'ROW_HINT_FILING_YEAR_OR_VALIDITY')
    : r.parse('filingYear', (value) => parseFilingYear(value, r.date1904));
  const region = r.text('region', { max: 100 });
  const address = r.text('address', { max: 300 });
  const contact = r.text('contact', { max: 100 });
  const phone = r.check('phone', checkPhone);
  const centralSoeBranch = r.choice('centralSoeBranch', readYesNo, 'TERM_ROW_YES_OR_NO');
  if (r.errors.length > 0 || !name || !uscc || !kind || !filingNo || !filing) return null;
  return {
    uscc,
    name,
    kind,
    nature,
    filingNo,
    filingYear: filing.year,
    filedOn: filing.filedOn,
    validFrom: validity.from,
    validTo: validity.to,
    region,
    address,
    contact,
    phone,
    centralSoeBranch: r.has('centralSoeBranch') ? (centralSoeBranch ?? false) : null,
  };
}

export const institutionsImport: ImportKindDefinition<InstitutionColumn, InstitutionImportRecord> = {
  kind: 'institutions',
  columns: institutionColumns,
  read,
  key: (record) => `${record.uscc}|${record.filingNo}`,
  keyColumn: 'uscc',
  keyLabel: '统一社会信用代码 + 机构备案号',
};
