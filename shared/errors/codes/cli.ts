import type { ErrorTexts } from './types';

/** The command line's own refusals: options and the files it reads (electron/cli). */
export const cliErrors = {
  /** An option (or argument) its zod schema refused (where a channel does the same, the channel's schema); reason: a code. */
  CLI_INVALID_OPTION: {
    zh: '选项 {option} 无效：{reason}。请改正后重试（--help 可查看用法）。',
    en: 'Option {option} is invalid: {reason}. Correct it and try again (--help shows the usage).',
  },
  CLI_REASON_DB_REQUIRED: { zh: '需要指定数据库文件（--db）', en: 'a database file is needed (--db)' },
  CLI_REASON_ONE_TEMPLATE: { zh: '请指定 --template 或 --template-file 之一', en: 'give one of --template and --template-file' },
  CLI_REASON_TEMPLATE_REQUIRED: { zh: '空白评估表需要指定评估表（--template）', en: 'a blank form needs the form (--template)' },
  CLI_REASON_INSPECTION_REQUIRED: { zh: '需要指定现场核查编号（--inspection）', en: 'the inspection number is needed (--inspection)' },
  CLI_REASON_BAD_DATE: { zh: '{option} 不是有效日期（YYYY-MM-DD）：{value}', en: '{option} is not a valid date (YYYY-MM-DD): {value}' },
  CLI_REASON_POSITIVE_INTEGER: { zh: '{option} 应为正整数：{value}', en: '{option} must be a positive whole number: {value}' },
  CLI_REASON_UNKNOWN_CHOICE: { zh: '未知的{what}“{value}”(可用：{known})', en: 'unknown {what} “{value}” (available: {known})' },
  RECORD_INVALID: { zh: '抽样记录文件 {file} 缺少 seed 或 rule 字段', en: 'The draw record file {file} lacks the seed or rule field' },
  TEMPLATE_FILE: { zh: '{reason}', en: '{reason}' },
  POPULATION_FILE_INVALID: { zh: '{reason}', en: '{reason}' },
  RECORD_FILE_INVALID: { zh: '{reason}', en: '{reason}' },
  CLI_REASON_UNREADABLE: { zh: '无法读取{what}“{path}”：{detail}', en: 'cannot read the {what} “{path}”: {detail}' },
  CLI_REASON_NOT_JSON: { zh: '{what}“{path}”不是有效的 JSON：{detail}', en: 'the {what} “{path}” is not valid JSON: {detail}' },

  TERM_CLI_TEMPLATE_FILE: { zh: '评估表文件', en: 'form file' },
  TERM_CLI_POPULATION_FILE: { zh: '抽样总体文件', en: 'population file' },
  TERM_CLI_RECORD_FILE: { zh: '抽样记录文件', en: 'draw record file' },
  TERM_CLI_ANSWERS_FILE: { zh: '答案文件', en: 'answers file' },
  TERM_CLI_REPORT_KIND: { zh: '报告类型', en: 'report kind' },
  TERM_CLI_FILE_FORMAT: { zh: '文件格式', en: 'file format' },
} satisfies ErrorTexts;
