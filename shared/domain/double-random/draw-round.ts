import type { ExpertDirectory, InstitutionDirectory, RoundDrawOutcome, RoundRules } from './types';

export interface RoundDrawInput {
  seed: string;
  rules: RoundRules;
  institutions: InstitutionDirectory;
  experts: ExpertDirectory;
}

/**
 * The round's draw: institutions by the rules, then a panel for each with 回避, a pure function of its input.
 * (Issue 16 base: the implementation lands with the domain branch.)
 */
export function drawRound(_input: RoundDrawInput): RoundDrawOutcome {
  throw new Error('drawRound: not implemented yet');
}
