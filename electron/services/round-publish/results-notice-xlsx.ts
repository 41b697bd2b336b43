import type ExcelJS from 'exceljs';
import { newWorkbook } from '../export/xlsx-style';
import { addNoticeSheet, type SheetColumn } from './notice-sheet';
import type { ResultRow, ResultsNotice } from './results-notice-model';

const RESULT_COLUMNS: SheetColumn<ResultRow>[] = [
  { header: '序号', width: 6, value: (row) => row.no },
  { header: '机构名称', width: 36, value: (row) => row.institutionName },
  { header: '机构备案号', width: 18, value: (row) => row.filingNo },
  { header: '机构类别', width: 18, value: (row) => row.kindLabel },
  { header: '检查日期', width: 12, value: (row) => row.inspectionDate },
  { header: '得分', width: 8, value: (row) => row.score },
  { header: '评估意见', width: 24, value: (row) => row.outcome },
  { header: '整改情况', width: 36, value: (row) => row.rectification },
];

/** The results notice as a workbook: one sheet 检查结果. */
export function buildResultsNoticeWorkbook(notice: ResultsNotice): ExcelJS.Workbook {
  const workbook = newWorkbook();
  workbook.title = notice.title;
  addNoticeSheet(workbook, '检查结果', RESULT_COLUMNS, notice.rows);
  return workbook;
}
