import { AppError } from '../../errors';

/** The sampling instructions of the seeds, each with the words it implements. */
export const SAMPLING_RULES = {
  'R-SM-01': {
    title: '3个不同职业（工种）不同等级批次，抽查总人数不低于20人',
    quote: '随机抽查3个不同职业（工种）不同等级批次考生报名申请表，抽查总人数不低于20人',
    source: '004 附件3 申报条件审查、成绩评阅',
  },
  'R-SM-02': {
    title: '1个年度和3批次评价计划',
    quote: '随机抽查1个年度和3批次不同职业（工种）不同等级评价计划',
    source: '004 附件3 工作计划',
  },
  'R-SM-03': {
    title: '3个职业（工种）题库',
    quote: '随机抽查3个职业（工种）题库',
    source: '004 附件3 题库管理维护',
  },
  'R-SM-04': {
    title: '3个批次考试计划和现场考试人员配备',
    quote: '随机抽查3个批次考试计划和现场考试人员配备情况',
    source: '004 附件3 工作人员配备',
  },
  'R-SM-05': {
    title: '过程化资料按批次比例抽检（社评组织≥50%，用人单位≥10%）',
    quote: '每年对社评组织过程化资料抽检率不少于评价批次的50%，对用人单位过程化资料抽检率不少于评价批次的10%',
    source: '003 §二(四)',
  },
} as const;

export type SamplingRuleId = keyof typeof SAMPLING_RULES;
export const SAMPLING_RULE_IDS = Object.keys(SAMPLING_RULES) as SamplingRuleId[];

export function isSamplingRuleId(value: string): value is SamplingRuleId {
  return Object.hasOwn(SAMPLING_RULES, value);
}

export function requireSamplingRuleId(value: string): SamplingRuleId {
  const id = value.trim().toUpperCase();
  if (!isSamplingRuleId(id)) {
    throw new AppError('SAMPLE_UNKNOWN_RULE', { rule: value, known: SAMPLING_RULE_IDS.join(', ') });
  }
  return id;
}

/** Minimum share of batches for R-SM-05, in percent, by institution kind. */
export const SPOT_CHECK_PERCENT = { socialOrg: 50, enterprise: 10 } as const;
export const BATCHES_PER_DRAW = 3;
export const OCCUPATIONS_PER_DRAW = 3;
export const MIN_CANDIDATES = 20;
