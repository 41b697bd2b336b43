import type { ErrorTexts } from './types';

/** Excel/CSV import (shared/import, electron/services/import): a file that cannot be read as a table, or is refused. */
export const importErrors = {
  IMPORT_FILE_NOT_FOUND: { zh: '找不到要导入的文件：{path}', en: 'The file to import was not found: {path}' },
  IMPORT_EMPTY: { zh: '文件是空的（0 字节）：{file}', en: 'The file is empty (0 bytes): {file}' },
  IMPORT_TOO_LARGE: {
    zh: '{reason}请按年度或地区拆分后分批导入。',
    en: '{reason} Split it by year or region and import the parts one after another.',
  },
  IMPORT_REASON_FILE_SIZE: { zh: '文件过大：{size}，导入上限为 {limit}。', en: 'The file is too large: {size}; the import limit is {limit}.' },
  IMPORT_REASON_ROW_COUNT: {
    zh: '文件的数据行超过 {maxRows} 行（已读到第 {row} 行）。',
    en: 'The file has more than {maxRows} data rows (reading stopped at row {row}).',
  },
  IMPORT_NO_HEADER: {
    zh: '未找到表头：{file} 的前 {rows} 行中没有包含 {columns} 等列名的行。请确认选择了正确的文件和导入类型。',
    en: 'No header found: none of the first {rows} rows of {file} has column names such as {columns}. Check that the right file and import type were chosen.',
  },
  IMPORT_MISSING_COLUMNS: {
    zh: '表头（第 {headerRow} 行）缺少必需的列：{columns}。请核对列名后重新导入。',
    en: 'The header (row {headerRow}) lacks required columns: {columns}. Check the column names and import again.',
  },
  IMPORT_INVALID: {
    zh: '{kind}中有 {invalidRows} 行不合格，未导入任何数据。请修改后重新导入，或选择只导入合格的行。',
    en: '{invalidRows} rows of the {kind} are invalid; nothing was imported. Correct them and import again, or choose to import only the valid rows.',
  },
  IMPORT_REASON_FIRST_ROW: { zh: '例如第 {row} 行“{column}”：{rowReason}', en: 'for example row {row}, “{column}”: {rowReason}' },
  IMPORT_CSV_SYNTAX: {
    zh: 'CSV 格式错误：第 {row} 行“{column}”引号没有闭合：从这里开始的引号一直到文件末尾都没有对应的结束引号，请检查该单元格中的英文双引号。',
    en: 'CSV format error: row {row}, “{column}”: a quote opened here is never closed before the end of the file. Check the double quotes in that cell.',
  },
  IMPORT_UNCLOSED_QUOTE: {
    zh: '引号没有闭合：从这里开始的引号一直到文件末尾都没有对应的结束引号，请检查该单元格中的英文双引号',
    en: 'unclosed quote: a quote opened here is never closed before the end of the file; check the double quotes in this cell',
  },
  IMPORT_UNSUPPORTED_FORMAT: { zh: '{reason}', en: '{reason}' },
  IMPORT_REASON_XLS: {
    zh: '不支持旧版 Excel(.xls)文件。请在 Excel 中“另存为” .xlsx 或 CSV 后再导入。',
    en: 'Old Excel (.xls) files are not supported. In Excel, “Save as” .xlsx or CSV and import that.',
  },
  IMPORT_REASON_EXTENSION: {
    zh: '不支持的文件类型“{extension}”。请导入 Excel(.xlsx)或 CSV 文件。',
    en: 'Unsupported file type “{extension}”. Import an Excel (.xlsx) or CSV file.',
  },
  IMPORT_CORRUPT: { zh: '{reason}', en: '{reason}' },
  IMPORT_REASON_NOT_A_WORKBOOK: {
    zh: '文件扩展名为 .xlsx,但内容不是有效的 Excel 工作簿，可能已损坏或未完整复制。',
    en: 'The file is named .xlsx but is not a valid Excel workbook; it may be damaged or incompletely copied.',
  },
  IMPORT_REASON_UNPARSABLE: {
    zh: 'Excel 文件内容无法解析，可能已损坏：{detail}',
    en: 'The Excel file cannot be parsed and may be damaged: {detail}',
  },
  IMPORT_REASON_STALLED: {
    zh: 'Excel 文件内容无法解析，可能已损坏：读取 {seconds} 秒没有任何进展。',
    en: 'The Excel file cannot be parsed and may be damaged: reading made no progress for {seconds} seconds.',
  },
  IMPORT_REASON_DAMAGED_ZIP: {
    zh: 'Excel 文件已损坏或不完整，无法读取（{detail}）。请重新从来源处复制或另存该文件后再导入。',
    en: 'The Excel file is damaged or incomplete and cannot be read ({detail}). Copy it again from its source, or save it again, and import that.',
  },
  IMPORT_REASON_NO_WORKBOOK_PART: { zh: '压缩包中没有工作簿 xl/workbook.xml', en: 'the archive has no workbook xl/workbook.xml' },

  TERM_IMPORT_INSTITUTIONS: { zh: '评价机构名单', en: 'list of institutions' },
  TERM_IMPORT_BATCHES: { zh: '认定批次', en: 'evaluation batches' },
  TERM_IMPORT_CANDIDATES: { zh: '考生名册', en: 'candidate roster' },
} satisfies ErrorTexts;
