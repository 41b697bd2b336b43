import type { ErrorTexts } from './types';

/** The rules in shared/domain: forms (templates), scoring options and sampling. */
export const domainErrors = {
  TEMPLATE_NOT_FOUND: { zh: '找不到评估表“{id}”（可用：{known}）', en: 'The form “{id}” was not found (available: {known})' },
  TEMPLATE_INVALID: { zh: '{where}：比例区间没有覆盖 {uploaded}/{issued}', en: '{where}: no ratio bracket covers {uploaded}/{issued}' },
  INVALID_OPTION: { zh: '{reason}', en: '{reason}' },
  SCORING_REASON_PASS_MARK_FIXED: {
    zh: '评估表“{template}”的合格线由通知规定（{source}），不能修改',
    en: 'The pass mark of the form “{template}” is set by the notice ({source}) and cannot be changed',
  },
  SCORING_REASON_PASS_MARK_POSITIVE: { zh: '合格线必须是大于0的分数', en: 'The pass mark must be a score above 0' },
  SCORING_REASON_PASS_MARK_INVALID: { zh: '合格线“{value}”不是有效分数', en: 'The pass mark “{value}” is not a valid score' },
  SAMPLE_UNKNOWN_RULE: { zh: '未知的抽样规则“{rule}”，可用：{known}', en: 'Unknown sampling rule “{rule}”; available: {known}' },
  SAMPLE_BAD_SEED: {
    zh: '随机种子须为 {min}–{max} 位十六进制数字（偶数位），收到：{seed}',
    en: 'The random seed must be {min}–{max} hexadecimal digits (an even number); got: {seed}',
  },
  SAMPLE_REDRAW_REASON_REQUIRED: { zh: '重新抽取必须填写原因。', en: 'A redraw needs a reason.' },
  SAMPLE_NO_PREVIOUS_DRAW: { zh: '尚无抽样记录，不能重新抽取。', en: 'Nothing has been drawn yet, so there is nothing to redraw.' },
  REDRAW_REASON_REQUIRED: { zh: '{reason}', en: '{reason}' },
  SAMPLING_REASON_DRAWN_BEFORE: { zh: '“{rule}”已抽取过，重新抽取必须填写原因。', en: '“{rule}” was drawn before; a redraw needs a reason.' },
  SAMPLING_REASON_DRAWN_TIMES: {
    zh: '“{purpose}”已抽取过 {count} 次，重新抽取必须填写原因。',
    en: '“{purpose}” was drawn {count} times before; a redraw needs a reason.',
  },
  POPULATION_INVALID: { zh: '抽样总体文件无效（共 {count} 处错误）', en: 'The population file is invalid ({count} problems)' },
  POP_NOT_TEXT: { zh: '{what}须为文本', en: 'the {what} must be text' },
  POP_EMPTY: { zh: '{what}不能为空', en: 'the {what} cannot be empty' },
  POP_LEVEL_NOT_TEXT: { zh: '等级须为文本', en: 'the level must be text' },
  POP_DATE_NOT_TEXT: { zh: '考试日期须为文本', en: 'the exam date must be text' },
  POP_DATE_INVALID: { zh: '考试日期须为 YYYY-MM-DD 格式的有效日期', en: 'the exam date must be a valid date written YYYY-MM-DD' },
  POP_CANDIDATES_NOT_ARRAY: { zh: '考生名单须为数组', en: 'the candidate list must be an array' },
  POP_FORMAT: { zh: 'format 须为 {format}', en: 'format must be {format}' },
  POP_KIND: { zh: '机构类别须为 enterprise、college 或 socialOrg', en: 'the institution kind must be enterprise, college or socialOrg' },
  POP_BATCHES_NOT_ARRAY: { zh: '批次列表须为数组', en: 'the list of batches must be an array' },
  POP_DUPLICATE_BATCH: { zh: '批次编号“{id}”重复', en: 'the batch ID “{id}” appears twice' },
  POP_DUPLICATE_CANDIDATE: { zh: '考生编号“{id}”在同一批次中重复', en: 'the candidate ID “{id}” appears twice in the batch' },
  TERM_POP_BATCH_ID: { zh: '批次编号', en: 'batch ID' },
  TERM_POP_OCCUPATION_CODE: { zh: '职业编码', en: 'occupation code' },
  TERM_POP_OCCUPATION_NAME: { zh: '职业（工种）名称', en: 'occupation name' },
  TERM_POP_CANDIDATE_ID: { zh: '考生编号', en: 'candidate ID' },
} satisfies ErrorTexts;
