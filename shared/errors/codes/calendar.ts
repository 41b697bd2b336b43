import type { ErrorTexts } from './types';

/** Importing a holiday list (`calendar import`, the office window's 工作日历 card). Format: docs/calendar.md. */
export const calendarErrors = {
  CALENDAR_FILE_UNREADABLE: { zh: '无法读取工作日历文件：{path}', en: 'The working calendar file cannot be read: {path}' },
  CALENDAR_FORMAT_UNKNOWN: {
    zh: '工作日历文件须为 .json、.csv 或 .xlsx：{path}',
    en: 'A working calendar file must be .json, .csv or .xlsx: {path}',
  },
  CALENDAR_JSON_INVALID: { zh: '工作日历 JSON 的字段 {field} 有误：{reason}', en: 'Field {field} of the working calendar JSON is wrong: {reason}' },
  CALENDAR_VERSION_MISSING: {
    zh: '工作表“{sheet}”缺少“版本”行（第一列写“版本”，第二列写版本名）',
    en: 'Sheet “{sheet}” has no version row (the version label in the first column, the version name in the second)',
  },
  CALENDAR_HEADER_MISSING: {
    zh: '工作表“{sheet}”缺少表头行“日期 / 类型”',
    en: 'Sheet “{sheet}” has no header row with the date and kind columns',
  },
  CALENDAR_ROW_DATE: {
    zh: '工作表“{sheet}”第 {row} 行“日期”列：“{value}”不是 YYYY-MM-DD 格式的有效日期',
    en: 'Sheet “{sheet}” row {row}, date column: “{value}” is not a valid YYYY-MM-DD date',
  },
  CALENDAR_ROW_KIND: {
    zh: '工作表“{sheet}”第 {row} 行“类型”列：“{value}”须为“休”（放假）或“班”（调休上班）',
    en: 'Sheet “{sheet}” row {row}, kind column: “{value}” must be the holiday mark or the make-up workday mark (see docs/calendar.md)',
  },
  CALENDAR_ROW_DUPLICATE: {
    zh: '工作表“{sheet}”第 {row} 行：日期 {date} 已在前面列出',
    en: 'Sheet “{sheet}” row {row}: the date {date} is already listed above',
  },
  CALENDAR_EMPTY: { zh: '工作表“{sheet}”中没有任何日期', en: 'Sheet “{sheet}” lists no dates' },
  CALENDAR_VERSION_TAKEN: {
    zh: '版本“{version}”的工作日历已导入过，内容不同；修改后的日历请使用新的版本名',
    en: 'A working calendar of version “{version}” was already imported with other content; give a changed calendar a new version name',
  },
} satisfies ErrorTexts;
