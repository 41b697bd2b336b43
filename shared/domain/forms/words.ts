import type { AutoFindingKind, DeductionUnit, OutcomeCategory, OutcomeTrack, PrintColumnKey, Rectification } from '../templates/types';

// The words a form file uses for the Template's fixed values. Compile also accepts the value itself (e.g. "renew"),
// so a file written by hand or by another tool may use either; the exporter always writes the word.

export const SCORING_WORDS = {
  tiered: '选档',
  deduction: '扣分',
  shared: '共用',
  ratioBracket: '比例分档',
  unitRatioDeduction: '单位比例扣分',
} as const;

export const UNIT_WORDS: Record<DeductionUnit, string> = {
  finding: '发现即扣',
  occurrence: '每处',
  batch: '每批次',
  occupation: '每个职业',
  element: '每缺一项',
};

export const CATEGORY_WORDS: Record<OutcomeCategory, string> = {
  pass: '合格',
  fail: '不合格',
  terminate: '终止',
  renew: '延续',
  defer: '暂缓',
  suspend: '暂停',
  normal: '正常',
  undetermined: '待定',
};

export const CONDITION_WORDS = {
  anyVeto: '有否决项',
  scoreBelowPassMark: '低于合格分',
  contextFlag: '情形',
  always: '其余',
} as const;

export const TRACK_WORDS: Record<OutcomeTrack, string> = { renewal: '延续备案', ongoing: '继续评价' };

export const RECTIFICATION_WORDS: Record<Rectification['unit'], string> = { months: '个月', workingDays: '个工作日' };

export const COLUMN_WORDS: Record<PrintColumnKey, string> = {
  section: '类别',
  group: '分组',
  content: '评估内容',
  method: '评估办法',
  scoringRule: '评分标准',
  maxPoints: '分值',
  selfScore: '自评得分',
  inspectorScore: '核查得分',
};

export const FINDING_WORDS: Record<AutoFindingKind, string> = {
  planLate: '计划报送迟',
  publicityShort: '公示期不足',
  outOfScope: '超出备案范围',
};

export const TARGET_WORDS = { deduction: '扣分规则', veto: '否决' } as const;

export const UNIT_RATIO_WORDS = { none: '无', below: '低于' } as const;

export const YES = '是';
export const NO = '否';

/** The value a cell's word stands for: the word of `words`, or the value itself; undefined when neither. */
export function valueOfWord<V extends string>(words: Readonly<Record<V, string>>, text: string): V | undefined {
  for (const [value, word] of Object.entries(words) as [V, string][]) if (word === text || value === text) return value;
  return undefined;
}

/** The words allowed in a cell, for a problem message. */
export function wordList(words: Readonly<Record<string, string>>): string {
  return Object.values(words).join('、');
}
