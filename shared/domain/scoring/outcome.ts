import type { OutcomeCondition, OutcomeRules, OutcomeTrack } from '../templates/types';
import type { ScoringContext } from './answers';
import { OUTCOME_LABELS } from './outcome-labels';
import { formatPoints, type Hundredths } from './points';
import type { OutcomeResult } from './result';

export interface OutcomeFacts {
  /** Every item scored (no unanswered, no cannot-compute). */
  scoresComplete: boolean;
  total: Hundredths;
  passMark: Hundredths;
  anyVetoYes: boolean;
  allVetoesAnswered: boolean;
  context: ScoringContext;
}

type Truth = boolean | 'unknown';

function holds(condition: OutcomeCondition, facts: OutcomeFacts): Truth {
  switch (condition.kind) {
    case 'anyVeto':
      return facts.anyVetoYes ? true : facts.allVetoesAnswered ? false : 'unknown';
    case 'scoreBelowPassMark':
      return facts.scoresComplete ? facts.total < facts.passMark : 'unknown';
    case 'contextFlag':
      return facts.context[condition.flag] === true;
    case 'always':
      return true;
  }
}

const PENDING_REASON: Record<OutcomeCondition['kind'], string> = {
  anyVeto: '一票否决项尚未全部回答',
  scoreBelowPassMark: '尚有评估内容未评分或无法计算',
  contextFlag: '',
  always: '',
};

export function trackFor(rules: OutcomeRules, context: ScoringContext): OutcomeTrack | null {
  if (context.opinionTrack) return context.opinionTrack;
  if (context.filingYear === undefined) return null;
  return rules.tracksByFilingYear[String(context.filingYear)] ?? null;
}

/**
 * Rules are ordered most severe first; the first that holds decides. If an earlier rule cannot be
 * judged yet (missing answers), the outcome is undetermined rather than a guess.
 */
export function decideOutcome(rules: OutcomeRules, facts: OutcomeFacts): OutcomeResult {
  const track = trackFor(rules, facts.context);
  const matched = rules.rules
    .filter((rule) => rule.when.kind !== 'always' && holds(rule.when, facts) === true)
    .map(({ ruleId, reason, source }) => ({ ruleId, reason, source }));
  for (const rule of rules.rules) {
    const truth = holds(rule.when, facts);
    if (truth === 'unknown') {
      return {
        category: 'undetermined',
        label: OUTCOME_LABELS.undetermined,
        ruleId: null,
        reason: `${PENDING_REASON[rule.when.kind]}，暂无法判定评估结果`,
        source: null,
        track,
        matched,
        rectification: null,
      };
    }
    if (!truth) continue;
    const decided = rule.when.kind === 'always' ? [...matched, { ruleId: rule.ruleId, reason: rule.reason, source: rule.source }] : matched;
    const category = typeof rule.category === 'string' ? rule.category : track ? rule.category[track] : null;
    if (category === null) {
      const years = Object.keys(rules.tracksByFilingYear).join('或');
      return {
        category: 'undetermined',
        label: OUTCOME_LABELS.undetermined,
        ruleId: rule.ruleId,
        reason: `${rule.reason}（评估意见类别取决于备案年度，请填写备案年度：${years}）`,
        source: rule.source,
        track,
        matched: decided,
        rectification: null,
      };
    }
    const score = facts.scoresComplete ? `总分${formatPoints(facts.total)}分，合格线${formatPoints(facts.passMark)}分。` : '';
    return {
      category,
      label: rules.labels[category] ?? OUTCOME_LABELS[category],
      ruleId: rule.ruleId,
      reason: `${score}${rule.reason}`,
      source: rule.source,
      track,
      matched: decided,
      rectification: rule.rectification ?? null,
    };
  }
  return {
    category: 'undetermined',
    label: OUTCOME_LABELS.undetermined,
    ruleId: null,
    reason: '评估表没有适用的结果规则',
    source: null,
    track,
    matched,
    rectification: null,
  };
}
