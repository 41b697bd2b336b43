import type { ErrorTexts } from './types';

/** Files the window opens, saves, prints or exports, and the paths it may use (electron/handlers, services/export). */
export const fileErrors = {
  DIALOG_UNAVAILABLE: { zh: '此环境无法显示文件对话框。', en: 'File dialogs cannot be shown here.' },
  FILE_KIND: { zh: '所选文件“{file}”不是{kind}，请重新选择。', en: 'The chosen file “{file}” is not {kind}; please choose another.' },
  PATH_NOT_GRANTED: { zh: '{reason}', en: '{reason}' },
  FILES_REASON_OPEN_NOT_GRANTED: {
    zh: '不能打开“{name}”：只能打开本次选择或导出的文件。',
    en: '“{name}” cannot be opened: only files chosen or exported in this session can be opened.',
  },
  FILES_REASON_READ_NOT_GRANTED: {
    zh: '不能读取“{name}”：请先用“选择文件”按钮选中要导入的文件。',
    en: '“{name}” cannot be read: first pick the file with the “Choose file” button.',
  },
  FILES_REASON_WRITE_NOT_GRANTED: {
    zh: '不能写入“{name}”：请先用“另存为”对话框选择保存位置。',
    en: '“{name}” cannot be written: first choose where to save it in the “Save as” dialog.',
  },
  NOT_FOUND_FILE: { zh: '找不到文件“{name}”，它可能已被移动或删除。', en: 'The file “{name}” was not found; it may have been moved or deleted.' },
  NOT_FOUND_REPORT_FILE: { zh: '找不到报告文件：{file}', en: 'The report file was not found: {file}' },
  NOT_FOUND_EXPORTED_FILE: { zh: '找不到导出的文件：{file}', en: 'The exported file was not found: {file}' },
  NOT_FOUND_IMPORTED_FILE: { zh: '找不到导入的文件 #{id}', en: 'Imported file #{id} was not found' },
  DEMO_DATABASE: {
    zh: '当前是演示数据库，不能设为本单位。请先在“设置”中点击“开始正式使用”，换成空白数据库。',
    en: 'This is the demo database and cannot become the office. In Settings, click “Start real work” first to switch to an empty database.',
  },
  PRINT_FAILED: {
    zh: '无法打印，也无法用 PDF 阅读器打开报告：{detail}',
    en: 'The report can neither be printed nor opened in a PDF reader: {detail}',
  },
  EXPORT_BAD_PATH: { zh: '{reason}', en: '{reason}' },
  EXPORT_REASON_NOT_ABSOLUTE: { zh: '导出路径必须是完整路径：{path}', en: 'The export path must be a full path: {path}' },
  EXPORT_REASON_NOT_XLSX: { zh: '导出文件应以 .xlsx 结尾：{path}', en: 'The export file must end in .xlsx: {path}' },
  EXPORT_REASON_NO_FOLDER: { zh: '导出文件夹不存在：{folder}', en: 'The export folder does not exist: {folder}' },
  EXPORT_WRITE_FAILED: { zh: '无法写入导出文件：{path}({detail})', en: 'The export file cannot be written: {path} ({detail})' },

  TERM_FILE_XLSX_CSV: { zh: 'Excel 或 CSV 表格', en: 'an Excel or CSV table' },
  TERM_FILE_XLSX: { zh: 'Excel 工作簿', en: 'an Excel workbook' },
  TERM_FILE_PDF: { zh: 'PDF 文档', en: 'a PDF document' },
  TERM_FILE_SYNC_BUNDLE: { zh: '结果包', en: 'a result bundle' },
  TERM_FILE_SYNC_PACK: { zh: '任务包', en: 'a task pack' },
  TERM_FILE_P12: { zh: '证书文件（PKCS#12）', en: 'a certificate file (PKCS#12)' },
  TERM_FILE_FORM: { zh: '评估表文件', en: 'a form file' },
  TERM_FILE_CALENDAR: { zh: '工作日历文件', en: 'a working calendar file' },
} satisfies ErrorTexts;
