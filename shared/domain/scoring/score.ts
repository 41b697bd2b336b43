import { AppError } from '../../errors';
import type { Template } from '../templates/types';
import { describeZodIssue } from '../templates/zod-issues';
import { allItems, templateMaximum } from '../templates/walk';
import { answersSchema, type Answers } from './answers';
import { answerPoints, INVALID_ANSWER, invalidAnswer, itemLabel } from './invalid';
import { decideOutcome } from './outcome';
import { formatPoints, sumGiven, sumPoints, type Hundredths } from './points';
import { penaltyResults, vetoResults } from './penalties-vetoes';
import type { ItemResult, ScoreResult } from './result';
import { scoreItems } from './score-item';
import { subtotals } from './subtotals';

export interface ScoreOptions {
  /** Pass mark in hundredths; only for templates whose pass mark is a setting (R-SD-05). */
  passMark?: Hundredths;
}

/** Validates raw answers (e.g. parsed JSON) or throws INVALID_ANSWER listing every problem in Chinese. */
export function parseAnswers(raw: unknown): Answers {
  const parsed = answersSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(describeZodIssue);
  throw new AppError(INVALID_ANSWER, { reason: 'SCORING_REASON_SHAPE', problems: problems.join('；') }, { problems });
}

function checkIdsKnown(template: Template, answers: Answers): void {
  const itemIds = new Set(allItems(template).map((l) => l.item.id));
  for (const id of Object.keys(answers.items)) {
    if (!itemIds.has(id)) throw invalidAnswer({ where: `items.${id}` }, 'SCORING_NO_SUCH_ITEM', { template: template.title, itemId: id }, 'items');
  }
  const penaltyIds = new Set(template.penalties.map((p) => p.id));
  for (const id of Object.keys(answers.penalties ?? {})) {
    if (!penaltyIds.has(id)) throw invalidAnswer({ where: `penalties.${id}` }, 'SCORING_NO_SUCH_PENALTY', { id }, 'penalties');
  }
  const vetoIds = new Set(template.vetoes.map((v) => v.id));
  for (const id of Object.keys(answers.vetoes ?? {})) {
    if (!vetoIds.has(id)) throw invalidAnswer({ where: `vetoes.${id}` }, 'SCORING_NO_SUCH_VETO', { id }, 'vetoes');
  }
}

function resolvePassMark(template: Template, options: ScoreOptions): ScoreResult['passMark'] {
  if (options.passMark === undefined) return { ...template.passMark, overridden: false };
  if (!template.passMark.configurable) {
    throw new AppError('INVALID_OPTION', { reason: 'SCORING_REASON_PASS_MARK_FIXED', template: template.title, source: template.passMark.source });
  }
  if (!Number.isSafeInteger(options.passMark) || options.passMark <= 0) {
    throw new AppError('INVALID_OPTION', { reason: 'SCORING_REASON_PASS_MARK_POSITIVE' });
  }
  return { points: options.passMark, source: `合格线按设置取${formatPoints(options.passMark)}分（${template.passMark.source}）`, overridden: true };
}

/**
 * Scores one form. Deterministic, exact (integer hundredths), never NaN. Throws AppError
 * INVALID_ANSWER (message names the item / field) for impossible answers; unanswered items and
 * a zero denominator are reported in the result (complete: false) instead.
 */
export function score(template: Template, rawAnswers: unknown, options: ScoreOptions = {}): ScoreResult {
  const answers = parseAnswers(rawAnswers);
  if (answers.templateId !== template.id) {
    throw invalidAnswer({ where: 'templateId' }, 'SCORING_OTHER_TEMPLATE', { given: answers.templateId, expected: template.id }, 'templateId');
  }
  if (answers.templateVersion !== undefined && answers.templateVersion !== template.version) {
    throw invalidAnswer(
      { where: 'templateVersion' },
      'SCORING_OTHER_VERSION',
      { given: answers.templateVersion, expected: template.version },
      'templateVersion',
    );
  }
  checkIdsKnown(template, answers);
  const passMark = resolvePassMark(template, options);

  const located = allItems(template);
  const scores = scoreItems(
    located.map((l) => l.item),
    answers.items,
  );
  const items: ItemResult[] = located.map(({ section, group, item }) => {
    const itemScore = scores.get(item.id) ?? { status: 'unanswered' as const, points: null, trace: [] };
    const answer = answers.items[item.id];
    const selfScore = answer?.selfScore === undefined ? null : answerPoints(answer.selfScore, itemLabel(item.id), 'TERM_SELF_SCORE', 'selfScore');
    if (selfScore !== null && (selfScore < 0 || selfScore > item.maxPoints)) {
      throw invalidAnswer(
        itemLabel(item.id),
        'SCORING_SELF_SCORE_RANGE',
        { points: formatPoints(selfScore), max: formatPoints(item.maxPoints) },
        'selfScore',
      );
    }
    const result: ItemResult = {
      itemId: item.id,
      sectionId: section.id,
      groupId: group.id,
      status: itemScore.status,
      points: itemScore.points,
      maxPoints: item.maxPoints,
      trace: itemScore.trace,
      selfScore,
      difference: itemScore.points !== null && selfScore !== null ? itemScore.points - selfScore : null,
    };
    if (itemScore.reason !== undefined) result.reason = itemScore.reason;
    if (answer?.note) result.note = answer.note;
    return result;
  });

  const penalties = penaltyResults(template, answers);
  const vetoes = vetoResults(template, answers);

  // A shared row is answered through its lead row, so only the lead is listed.
  const sharedRows = new Set(located.filter((l) => l.item.scoring.kind === 'shared').map((l) => l.item.id));
  const unansweredItems = items.filter((i) => i.status === 'unanswered' && !sharedRows.has(i.itemId)).map((i) => i.itemId);
  const unansweredVetoes = vetoes.filter((v) => v.answer === null).map((v) => v.vetoId);
  const cannotCompute = items.flatMap((i) => (i.status === 'cannotCompute' ? [{ itemId: i.itemId, reason: i.reason ?? '' }] : []));
  const scoresComplete = unansweredItems.length === 0 && cannotCompute.length === 0;
  const itemsTotal = sumPoints(items.map((i) => i.points ?? 0));
  const penaltyTotal = sumPoints(penalties.map((p) => p.deducted));
  const total = itemsTotal - penaltyTotal;
  const anyVetoYes = vetoes.some((v) => v.answer === '是');
  const maximum = templateMaximum(template);
  const { groups, sections } = subtotals(template, items);

  return {
    templateId: template.id,
    templateVersion: template.version,
    complete: scoresComplete && unansweredVetoes.length === 0,
    unansweredItems,
    unansweredVetoes,
    cannotCompute,
    items,
    groups,
    sections,
    itemsTotal,
    penalties,
    penaltyTotal,
    vetoes,
    total,
    maximum,
    declaredTotal: template.declaredTotal,
    maximumWarning:
      template.declaredTotal === maximum
        ? null
        : `评估表声明总分${formatPoints(template.declaredTotal)}分，但各项合计满分为${formatPoints(maximum)}分；按实际满分计分，未折算`,
    passMark,
    passed: anyVetoYes ? false : scoresComplete ? total >= passMark.points : null,
    outcome: decideOutcome(template.outcome, {
      scoresComplete,
      total,
      passMark: passMark.points,
      anyVetoYes,
      allVetoesAnswered: unansweredVetoes.length === 0,
      context: answers.context ?? {},
    }),
    selfTotal: sumGiven(items.map((i) => i.selfScore)),
  };
}
