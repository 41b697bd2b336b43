import type { ErrorTexts } from './types';

/** Excel/CSV import: files that would be read wrongly or would exhaust memory are refused with these. */
export const importFidelityErrors = {
  IMPORT_ENTRY_TOO_LARGE: {
    zh: 'Excel 文件中的“{entry}”解压后超过 {limit}，不像正常的工作簿（可能是恶意构造的压缩包）。请在 Excel 中打开并另存为新的 .xlsx 后再导入，或按年度、地区拆分。',
    en: 'The part “{entry}” of the Excel file is larger than {limit} once unpacked, which no normal workbook is (it may be a crafted archive). Open it in Excel and save it as a new .xlsx, or split it by year or region, then import again.',
  },
  IMPORT_ENTRY_RATIO: {
    zh: 'Excel 文件中的“{entry}”压缩比达到 {ratio}:1（上限 {limit}:1），不像正常的工作簿（可能是恶意构造的压缩包）。请在 Excel 中打开并另存为新的 .xlsx 后再导入。',
    en: 'The part “{entry}” of the Excel file is compressed {ratio}:1 (the limit is {limit}:1), which no normal workbook is (it may be a crafted archive). Open it in Excel and save it as a new .xlsx, then import again.',
  },
  IMPORT_ENTRY_SIZE_LIE: {
    zh: 'Excel 文件中的“{entry}”解压后比它声明的 {declared} 字节更大：文件已损坏或是恶意构造的。请重新从来源处获取文件，或在 Excel 中另存为新的 .xlsx 后再导入。',
    en: 'The part “{entry}” of the Excel file unpacks to more than the {declared} bytes it declares: the file is damaged or crafted. Get the file again from its source, or save it as a new .xlsx in Excel, then import again.',
  },
  IMPORT_UNPACKED_TOO_LARGE: {
    zh: 'Excel 文件解压后超过 {limit}（读到“{entry}”时）。请按年度或地区拆分后分批导入。',
    en: 'The Excel file is larger than {limit} once unpacked (reached at “{entry}”). Split it by year or region and import the parts one by one.',
  },
  IMPORT_FORMULA_NO_RESULT: {
    zh: '工作表“{sheet}”第 {row} 行“{column}”列（单元格 {cell}）：公式没有计算结果，请在 Excel 中打开并保存后再导入。',
    en: 'Sheet “{sheet}”, row {row}, column “{column}” (cell {cell}): the formula has no calculated result. Open the file in Excel, save it, then import again.',
  },
} satisfies ErrorTexts;
