import { validateFilingNo, validateUscc } from '../../domain/validation';
import type { ColumnSpec } from '../header';
import type { RowReader } from '../row-reader';

export type FilingRefColumn = 'uscc' | 'filingNo';

/** Batches and candidates name their filing the way the institution list does: USCC + filing number. */
export const filingRefColumns: readonly ColumnSpec<FilingRefColumn>[] = [
  { key: 'uscc', label: '统一社会信用代码', synonyms: ['社会信用代码', '信用代码', '机构统一社会信用代码'], requiredHeader: true },
  { key: 'filingNo', label: '机构备案号', synonyms: ['备案号', '人社部门备案号', '备案编号'], requiredHeader: true },
];

export interface FilingRef {
  uscc: string;
  filingNo: string;
}

export function readFilingRef<K extends string>(r: RowReader<K | FilingRefColumn>): FilingRef | null {
  const uscc = r.check('uscc', validateUscc, true);
  const filingNo = r.check('filingNo', validateFilingNo, true);
  return uscc && filingNo ? { uscc, filingNo } : null;
}

export const filingRefKey = (ref: FilingRef): string => `${ref.uscc}|${ref.filingNo}`;
