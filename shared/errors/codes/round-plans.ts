import type { ErrorTexts } from './types';

/** Round plans and draws (双随机, issue 16). */
export const roundPlanErrors = {
  ROUND_PLAN_NOT_FOUND: { zh: '评估轮次 {uid} 没有抽取计划', en: 'Assessment round {uid} has no draw plan' },
  ROUND_ALREADY_DRAWN: {
    zh: '评估轮次“{name}”已于 {drawnAt} 抽取，抽取结果和规则不能再改',
    en: 'Assessment round “{name}” was drawn on {drawnAt}; its result and rules cannot change',
  },
  ROUND_NOT_DRAWN: { zh: '评估轮次“{name}”尚未抽取', en: 'Assessment round “{name}” has not been drawn yet' },
  ROUND_PREVIOUS_NOT_FOUND: {
    zh: '规则中的上一轮（panel.previousRoundUid）{uid} 不是本单位保存的抽取计划',
    en: 'The previous round in the rules (panel.previousRoundUid) {uid} is not a draw plan held here',
  },
  ROUND_PREVIOUS_NOT_DRAWN: {
    zh: '规则中的上一轮“{name}”尚未抽取，无法据此回避上一轮检查过的机构',
    en: 'The previous round “{name}” in the rules has not been drawn, so it cannot say whom to avoid',
  },
  ROUND_PREVIOUS_IS_SELF: {
    zh: '规则中的上一轮（panel.previousRoundUid）不能是本轮自己',
    en: 'The previous round in the rules (panel.previousRoundUid) cannot be this round itself',
  },
  ROUND_SEED_NOTE_WITHOUT_SEED: {
    zh: '种子说明只用于事先公布的种子，请同时给出种子（--seed）',
    en: 'A seed note belongs to an announced seed; give the seed too (--seed)',
  },
  ROUND_RULES_INVALID: {
    zh: '规则文件 {file} 中 {field} 无效：{reason}',
    en: 'In the rules file {file}, {field} is invalid: {reason}',
  },
  ROUND_RECORD_INVALID: {
    zh: '抽取记录文件 {file} 不是评估轮次的抽取记录（{field} 缺失或格式不对）',
    en: 'The file {file} is not a round draw record ({field} is missing or malformed)',
  },
  ROUND_FILE_INVALID: { zh: '{reason}', en: '{reason}' },
  ROUND_EXPORT_FAILED: { zh: '无法写入抽取记录文件“{path}”：{detail}', en: 'Cannot write the draw record file “{path}”: {detail}' },
  ROUND_REASON_VERIFY_SOURCES: {
    zh: '请给出 --db 和 --round，或者 --record、--institutions 和 --experts 三个文件（二者选一）',
    en: 'give --db and --round, or the three files --record, --institutions and --experts (one or the other)',
  },
  TERM_ROUND_RULES_FILE: { zh: '抽取规则文件', en: 'rules file' },
  TERM_ROUND_RECORD_FILE: { zh: '抽取记录文件', en: 'draw record file' },
  TERM_ROUND_INSTITUTIONS_FILE: { zh: '检查对象名录文件', en: 'institution directory file' },
  TERM_ROUND_EXPERTS_FILE: { zh: '检查人员名录文件', en: 'expert directory file' },
} satisfies ErrorTexts;
