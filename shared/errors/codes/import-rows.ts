import type { ErrorTexts } from './types';

/**
 * Why one row (one cell) of an import file is refused: the reasons of RowError, from the shared validators
 * (shared/domain/validation), the row checks of shared/import and the writers of electron/services/import.
 * Values from the file (cell text, column headers, the allowed words of a column) are passed as they are.
 */
export const importRowReasons = {
  ROW_REQUIRED_EMPTY: { zh: '必填项为空{hint}', en: 'This required cell is empty{hint}' },
  ROW_COLUMN_MISSING: { zh: '缺少此列{hint}', en: 'This column is missing{hint}' },
  ROW_HINT_FILING_YEAR_OR_VALIDITY: { zh: '（或填写备案有效期）', en: ' (or fill in the filing validity)' },
  ROW_TOO_LONG: { zh: '内容过长：{length} 个字符，最多 {max} 个', en: 'Too long: {length} characters, at most {max}' },
  ROW_NOT_A_CHOICE: { zh: '“{text}”不是有效值，应为 {choices}', en: '“{text}” is not a valid value; use {choices}' },
  /** The words the file may use (readYesNo, readCandidateResult accept the English ones too). */
  TERM_ROW_YES_OR_NO: { zh: '是 或 否', en: 'yes or no' },
  TERM_ROW_RESULT_CHOICES: { zh: '合格、不合格 或 缺考', en: 'pass, fail or absent' },
  ROW_NOT_INTEGER: { zh: '“{text}”不是整数', en: '“{text}” is not a whole number' },
  ROW_NOT_NUMBER: { zh: '“{text}”不是数字', en: '“{text}” is not a number' },
  ROW_OUT_OF_RANGE: { zh: '{text} 超出范围 {min}–{max}', en: '{text} is outside the range {min}–{max}' },
  ROW_DUPLICATE: { zh: '与第 {firstRow} 行重复（{keyLabel} 相同）', en: 'Duplicates row {firstRow} (same {keyLabel})' },

  ROW_USCC_EMPTY: { zh: '统一社会信用代码为空', en: 'The unified social credit code is empty' },
  ROW_USCC_LENGTH: {
    zh: '统一社会信用代码应为18位，实际为{length}位',
    en: 'The unified social credit code must have 18 characters, not {length}',
  },
  ROW_USCC_CHARACTER: {
    zh: '统一社会信用代码第{position}位“{character}”不是有效字符',
    en: 'Character {position} of the unified social credit code, “{character}”, is not valid',
  },
  ROW_USCC_CHARACTER_EXCLUDED: {
    zh: '统一社会信用代码第{position}位“{character}”不是有效字符（代码不使用字母 I、O、Z、S、V）',
    en: 'Character {position} of the unified social credit code, “{character}”, is not valid (the code does not use the letters I, O, Z, S, V)',
  },
  ROW_USCC_CHECK_DIGIT: {
    zh: '统一社会信用代码校验位错误：第18位应为“{expected}”，实际为“{actual}”',
    en: 'Wrong check character in the unified social credit code: the 18th character should be “{expected}”, not “{actual}”',
  },

  ROW_ID_EMPTY: { zh: '身份证号码为空', en: 'The ID card number is empty' },
  ROW_ID_OLD_15: {
    zh: '这是15位旧身份证号码，请填写18位号码',
    en: 'This is an old 15-digit ID card number; please enter the 18-digit number',
  },
  ROW_ID_LENGTH: { zh: '身份证号码应为18位，实际为{length}位', en: 'The ID card number must have 18 characters, not {length}' },
  ROW_ID_CHARACTERS: {
    zh: '身份证号码前17位应为数字，最后一位为数字或 X',
    en: 'The first 17 characters of the ID card number must be digits, the last a digit or X',
  },
  ROW_ID_REGION: { zh: '身份证号码地址码无效（首位不能为0）', en: 'The region code of the ID card number is invalid (it cannot start with 0)' },
  ROW_ID_BIRTH_INVALID: { zh: '身份证号码中的出生日期 {birth} 无效', en: 'The birth date {birth} in the ID card number is invalid' },
  ROW_ID_BIRTH_FUTURE: { zh: '身份证号码中的出生日期 {birth} 晚于今天', en: 'The birth date {birth} in the ID card number is after today' },
  ROW_ID_CHECK_DIGIT: {
    zh: '身份证号码校验位错误：第18位应为“{expected}”，实际为“{actual}”',
    en: 'Wrong check character in the ID card number: the 18th character should be “{expected}”, not “{actual}”',
  },
  ROW_USCC_STORED_AS_NUMBER: {
    zh: '统一社会信用代码被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写',
    en: 'Excel stored the unified social credit code as a number and its last digits are lost; format the column as “Text” and enter the codes again',
  },
  ROW_ID_STORED_AS_NUMBER: {
    zh: '身份证号被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写',
    en: 'Excel stored the ID card number as a number and its last digits are lost; format the column as “Text” and enter the numbers again',
  },

  ROW_IDENTIFIER_EMPTY: { zh: '{field}为空', en: 'The {field} is empty' },
  TERM_ROW_FILING_NO: { zh: '机构备案号', en: 'institution filing number' },
  TERM_ROW_BATCH_NO: { zh: '批次编号', en: 'batch number' },

  ROW_OCCUPATION_EMPTY: { zh: '职业编码为空', en: 'The occupation code is empty' },
  ROW_OCCUPATION_FORMAT: {
    zh: '职业编码“{text}”格式不正确：应为“大类-中类-小类-细类”，如 4-10-01-02（工种可再加两位，如 4-10-01-02-01）',
    en: 'The occupation code “{text}” is not in the right form: major-middle-minor-unit group, e.g. 4-10-01-02 (a work type adds two more digits, e.g. 4-10-01-02-01)',
  },
  ROW_LEVEL_EMPTY: { zh: '等级为空', en: 'The level is empty' },
  ROW_LEVEL_UNKNOWN: {
    zh: '无法识别的等级“{text}”：应为五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师，或学徒工、特级技师、首席技师',
    en: 'Unknown level “{text}”: use a level from 5 (junior worker) to 1 (senior technician), or apprentice, special-grade or chief technician',
  },
  ROW_LEVEL_INCONSISTENT: { zh: '等级“{text}”前后写法不一致', en: 'The parts of the level “{text}” name different levels' },

  ROW_PHONE_TOO_LONG: { zh: '联系电话过长：{length} 个字符，最多 50 个', en: 'The phone number is too long: {length} characters, at most 50' },
  ROW_PHONE_FORMAT: {
    zh: '联系电话“{text}”格式不正确（应为 0353-2299977 或 11 位手机号）',
    en: 'The phone number “{text}” is not in the right form (use 0353-2299977 or an 11-digit mobile number)',
  },

  ROW_DATE_SERIAL_RANGE: { zh: '日期数值 {serial} 超出 Excel 日期范围', en: 'The date value {serial} is outside Excel’s date range' },
  ROW_DATE_1900_02_29: {
    zh: '日期不存在：1900-02-29(Excel 虚构的日期)',
    en: 'The date does not exist: 1900-02-29 (a date Excel invents)',
  },
  ROW_DATE_UNRECOGNISED: {
    zh: '无法识别的日期“{text}”（应为 2020-09-01、2020/9/1、2020.09.01 或 2020年9月1日）',
    en: 'Unrecognised date “{text}” (use 2020-09-01, 2020/9/1 or 2020.09.01)',
  },
  ROW_DATE_STORED_AS_NUMBER: {
    zh: '日期“{text}”是 Excel 的日期数值（即 {date}），单元格被存成了数字；请把该列设为“日期”格式，或填写为 {date}',
    en: 'The date “{text}” is an Excel date number ({date}) stored as a plain number; format the column as “Date” or enter {date}',
  },
  ROW_DATE_NONEXISTENT: { zh: '日期不存在：{text}', en: 'The date does not exist: {text}' },
  ROW_VALIDITY_END_BEFORE_START: { zh: '有效期止 {to} 早于有效期起 {from}', en: 'The validity ends ({to}) before it starts ({from})' },
  ROW_VALIDITY_UNRECOGNISED: {
    zh: '无法识别的有效期“{text}”（应为 2020-09-01至2023-08-31）',
    en: 'Unrecognised validity “{text}” (use two dates, e.g. 2020-09-01~2023-08-31)',
  },
  ROW_FILING_YEAR_RANGE: { zh: '备案年度 {year} 不在 2000–2100 之间', en: 'The filing year {year} is not between 2000 and 2100' },
  ROW_FILING_YEAR_UNRECOGNISED: {
    zh: '无法识别的备案年度“{text}”（应为 2020年 或 2020-09-01）',
    en: 'Unrecognised filing year “{text}” (use a year such as 2020 or a date such as 2020-09-01)',
  },
  ROW_PUBLICITY_END_BEFORE_START: {
    zh: '公示结束日期 {end} 早于开始日期 {start}',
    en: 'The publicity period ends ({end}) before it starts ({start})',
  },
  ROW_UPLOADED_WITH_REASON: {
    zh: '已上传国网的证书不应填写未上传原因',
    en: 'A certificate uploaded to the national system should have no reason for not uploading',
  },

  ROW_FILING_NOT_FOUND: {
    zh: '未找到统一社会信用代码为 {uscc}、备案号为 {filingNo} 的机构备案；请先导入机构名单',
    en: 'No institution filing with unified social credit code {uscc} and filing number {filingNo}; import the institution list first',
  },
  ROW_BATCH_NOT_FOUND: {
    zh: '该机构备案下没有编号为 {batchNo} 的批次；请先导入批次',
    en: 'This institution filing has no batch numbered {batchNo}; import the batches first',
  },
} satisfies ErrorTexts;
