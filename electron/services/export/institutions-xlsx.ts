import type ExcelJS from 'exceljs';
import type { InstitutionImportRecord } from '../../../shared/import/kinds';
import { institutionKindLabels, institutionNatureLabels, type InstitutionKind } from '../../../shared/store/enums';
import { BODY_FONT, CENTERED, HEADER_FONT, TITLE_FONT, newWorkbook, styleBlock } from './xlsx-style';

/** A filing as listed: the importer's record shape, so an exported list reads back field for field. */
export type InstitutionExportRow = Omit<InstitutionImportRecord, 'filedOn'>;

/** Column headers are the importer's own names, so an exported list can be edited and imported again. */
const COLUMNS: { header: string; width: number; value(row: InstitutionExportRow, index: number): string | number }[] = [
  { header: '序号', width: 6, value: (_row, index) => index + 1 },
  { header: '评价机构类型', width: 18, value: (row) => institutionKindLabels[row.kind] },
  { header: '评价机构名称', width: 36, value: (row) => row.name },
  { header: '统一社会信用代码', width: 22, value: (row) => row.uscc },
  { header: '机构备案号', width: 18, value: (row) => row.filingNo },
  { header: '备案年度', width: 10, value: (row) => `${row.filingYear}年` },
  { header: '备案有效期', width: 24, value: (row) => (row.validFrom && row.validTo ? `${row.validFrom}至${row.validTo}` : '') },
  { header: '地区', width: 12, value: (row) => row.region ?? '' },
  { header: '地址', width: 30, value: (row) => row.address ?? '' },
  { header: '联系人', width: 10, value: (row) => row.contact ?? '' },
  { header: '联系电话', width: 16, value: (row) => row.phone ?? '' },
  { header: '机构性质', width: 16, value: (row) => (row.nature ? institutionNatureLabels[row.nature] : '') },
  { header: '央企分支机构', width: 12, value: (row) => (row.centralSoeBranch ? '是' : '否') },
];

const KIND_ORDER: readonly InstitutionKind[] = ['enterprise', 'college', 'socialOrg'];

/**
 * The institution list laid out like 004 附件1: a title row, one block per kind in the order 企业, 院校, 社评组织,
 * with the kind cell merged over its block.
 */
export function buildInstitutionsWorkbook(rows: readonly InstitutionExportRow[], title: string): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('评价机构名单', { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.font = TITLE_FONT;
  titleCell.alignment = CENTERED;
  sheet.getRow(1).height = 32;
  sheet.addRow(COLUMNS.map((column) => column.header));
  styleBlock(sheet, [2, 2], [1, COLUMNS.length], { font: HEADER_FONT, alignment: CENTERED });
  const sorted = [...rows].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  sorted.forEach((row, index) => sheet.addRow(COLUMNS.map((column) => column.value(row, index))));
  const firstData = 3;
  const lastData = firstData + sorted.length - 1;
  if (sorted.length > 0)
    styleBlock(sheet, [firstData, lastData], [1, COLUMNS.length], { font: BODY_FONT, alignment: { vertical: 'middle', wrapText: true } });
  mergeKindBlocks(sheet, sorted, firstData);
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return workbook;
}

function mergeKindBlocks(sheet: ExcelJS.Worksheet, sorted: readonly InstitutionExportRow[], firstData: number): void {
  let start = 0;
  for (let index = 1; index <= sorted.length; index++) {
    if (index < sorted.length && sorted[index]?.kind === sorted[start]?.kind) continue;
    if (index - start > 1) sheet.mergeCells(firstData + start, 2, firstData + index - 1, 2);
    sheet.getCell(firstData + start, 2).alignment = CENTERED;
    start = index;
  }
}
