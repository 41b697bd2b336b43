import type { ErrorTexts } from './types';

/**
 * Why a form file (XLSX workbook or canonical JSON, docs/form-format.md) is refused or warned about: the reasons of
 * FormProblem (shared/domain/forms). Where in the file is said beside the reason (sheet / row / column), not in it.
 */
export const formErrors = {
  FORM_SHEET_MISSING: { zh: '缺少工作表“{sheet}”', en: 'The sheet “{sheet}” is missing' },
  FORM_COLUMN_MISSING: { zh: '工作表第1行缺少列“{column}”', en: 'Row 1 of the sheet has no column “{column}”' },
  FORM_CELL_EMPTY: { zh: '此格不能为空', en: 'This cell must not be empty' },
  FORM_NOT_POINTS: {
    zh: '“{text}”不是分值（应为数字，最多两位小数，如 2.5）',
    en: '“{text}” is not a number of points (a number with at most two decimals, e.g. 2.5)',
  },
  FORM_NOT_INTEGER: { zh: '“{text}”不是整数', en: '“{text}” is not a whole number' },
  FORM_NOT_YES_NO: { zh: '“{text}”应为“{yes}”或“{no}”', en: '“{text}” must be “{yes}” (yes) or “{no}” (no)' },
  FORM_NOT_A_CHOICE: { zh: '“{text}”不是有效值，应为 {choices}', en: '“{text}” is not a valid value; use {choices}' },
  FORM_UNKNOWN_FIELD: { zh: '“{text}”不是表头字段，应为 {choices}', en: '“{text}” is not a header field; use {choices}' },
  FORM_FIELD_MISSING: { zh: '缺少表头字段“{text}”', en: 'The header field “{text}” is missing' },
  FORM_DUPLICATE_FIELD: { zh: '字段“{text}”已在第 {firstRow} 行填写', en: 'The field “{text}” is already given in row {firstRow}' },
  FORM_DUPLICATE_ROW: { zh: '与第 {firstRow} 行重复（{text}）', en: 'Duplicates row {firstRow} ({text})' },
  FORM_UNKNOWN_PARENT: {
    zh: '编号“{text}”在工作表“{sheet}”中不存在',
    en: 'There is no “{text}” in the sheet “{sheet}”',
  },
  FORM_WRONG_SCORING: {
    zh: '项目“{text}”的计分方式不是“{scoring}”，此行不适用',
    en: 'Item “{text}” is not scored as {scoring}, so this row does not apply',
  },
  FORM_CATEGORY_EITHER: {
    zh: '应填写“结论”，或同时填写“延续备案结论”和“继续评价结论”（二者择一）',
    en: 'Fill in either the outcome column or both per-track outcome columns (renewal and ongoing), not both',
  },
  FORM_RECTIFICATION_HALF: { zh: '整改期限和期限单位应同时填写或同时留空', en: 'Give both the rectification period and its unit, or neither' },
  FORM_FLAG_MISMATCH: {
    zh: '条件为“情形”时必须填写情形编号，其他条件不填',
    en: 'A context-fact condition needs the fact id; other conditions take none',
  },
  FORM_TARGET_INCOMPLETE: {
    zh: '对象为“扣分规则”时填写项目编号和规则编号，为“否决”时填写否决编号',
    en: 'A deduction-rule target needs the item and rule ids; a veto target needs only the veto id',
  },

  // A finding of template validation (shared/domain/templates/validate.ts), located in the form file.
  FORM_CHECK_MALFORMED: { zh: '数据格式错误：{message}', en: 'Malformed form data: {message}' },
  FORM_CHECK_DUPLICATE_ID: { zh: '编号重复：{message}', en: 'Duplicate id: {message}' },
  FORM_CHECK_BAD_POINTS: { zh: '分值不正确：{message}', en: 'Wrong points: {message}' },
  FORM_CHECK_TIER_OUTSIDE_MAX: { zh: '档次超出分值：{message}', en: 'A tier lies outside the maximum: {message}' },
  FORM_CHECK_NO_FULL_MARKS: { zh: '没有满分档：{message}', en: 'No tier gives full marks: {message}' },
  FORM_CHECK_RATIO_GAP: { zh: '比例分档有空档：{message}', en: 'Ratio brackets leave a gap: {message}' },
  FORM_CHECK_RATIO_OVERLAP: { zh: '比例分档重叠：{message}', en: 'Ratio brackets overlap: {message}' },
  FORM_CHECK_RATIO_RANGE: { zh: '比例超出0–100%：{message}', en: 'A ratio bound is outside 0–100%: {message}' },
  FORM_CHECK_UNKNOWN_UNIT: { zh: '未知的计数方式：{message}', en: 'Unknown deduction unit: {message}' },
  FORM_CHECK_BAD_REFERENCE: { zh: '引用不存在：{message}', en: 'A reference to nothing: {message}' },
  FORM_CHECK_GROUP_SUM: { zh: '分组分值与各项合计不符：{message}', en: 'The group maximum differs from its items: {message}' },
  FORM_CHECK_SECTION_SUM: { zh: '类别分值与各项合计不符：{message}', en: 'The section maximum differs from its items: {message}' },
  FORM_CHECK_DECLARED_TOTAL: { zh: '声明满分与实际满分不符：{message}', en: 'The declared total differs from the real maximum: {message}' },
  FORM_CHECK_PASS_MARK: { zh: '合格分不正确：{message}', en: 'Wrong pass mark: {message}' },
  FORM_CHECK_OTHER: { zh: '{message}', en: 'Form check: {message}' },

  // Reading a form file (electron/services/forms).
  FORM_FILE_KIND: { zh: '评估表文件应为 .xlsx 或 .json：{detail}', en: 'A form file must be .xlsx or .json: {detail}' },
  FORM_FILE_UNREADABLE: { zh: '无法读取评估表文件：{detail}', en: 'Cannot read the form file: {detail}' },
  FORM_FILE_NOT_JSON: { zh: '不是有效的 JSON：{detail}', en: 'Not valid JSON: {detail}' },
  FORM_FILE_TOO_LARGE: { zh: '评估表文件过大（{size}，最多 {limit}）', en: 'The form file is too large ({size}, at most {limit})' },

  // Where a problem is, as `templates check` prints it.
  TERM_FORM_AT_CELL: { zh: '工作表“{sheet}”第 {row} 行“{column}”列（{letter}）', en: 'sheet “{sheet}” row {row} column “{column}” ({letter})' },
  TERM_FORM_AT_ROW: { zh: '工作表“{sheet}”第 {row} 行', en: 'sheet “{sheet}” row {row}' },
  TERM_FORM_AT_SHEET: { zh: '工作表“{sheet}”', en: 'sheet “{sheet}”' },
  TERM_FORM_ERROR: { zh: '错误', en: 'error' },
  TERM_FORM_WARNING: { zh: '警告', en: 'warning' },
  CLI_FORM_VALID: { zh: '评估表有效：{file}', en: 'The form is valid: {file}' },
  CLI_FORM_INVALID: { zh: '评估表有 {count} 个错误：{file}', en: 'The form has {count} errors: {file}' },
  CLI_FORM_EXPORTED: { zh: '已导出评估表“{id}”到 {file}', en: 'Exported form “{id}” to {file}' },
} satisfies ErrorTexts;
