// Public API of scoring: score(), the answers schema, result types and points helpers.
export { answersSchema, type Answers, type AnswersInput, type ItemAnswer, type Occurrence, type ScoringContext } from './answers';
export { INVALID_ANSWER } from './invalid';
export { OUTCOME_LABELS } from './outcome-labels';
export { formatPoints, parsePoints, pointsToNumber, type Hundredths } from './points';
export type { ItemResult, OutcomeResult, PenaltyResult, ScoreResult, SubtotalResult, TraceEntry, VetoResult } from './result';
export { parseAnswers, score, type ScoreOptions } from './score';
export { scoreResultToJson } from './result-json';
