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
  IMPORT_CSV_MIXED_ENCODING: {
    zh: 'CSV 文件的文字编码不一致：从第 {line} 行起与前面的编码不同（例如 UTF-8 与 GBK 混在一起），读入会变成乱码。请在 Excel 中打开后另存为“CSV UTF-8”再导入。',
    en: 'The CSV file mixes text encodings: from line {line} on it differs from the lines before (for example UTF-8 and GBK together), so names would be garbled. Open it in Excel and save it as “CSV UTF-8”, then import again.',
  },
  IMPORT_CSV_ENCODING: {
    zh: 'CSV 文件第 {line} 行含有无法识别的文字编码（既不是 UTF-8 也不是 GBK），读入会变成乱码。请在 Excel 中打开后另存为“CSV UTF-8”再导入。',
    en: 'Line {line} of the CSV file is in an encoding that is neither UTF-8 nor GBK, so names would be garbled. Open it in Excel and save it as “CSV UTF-8”, then import again.',
  },
} satisfies ErrorTexts;
