import type { ErrorParams } from '../../errors/translate';
import type { ProblemCode } from '../templates/problems';

/** Where in a form workbook something is: sheet, row as Excel shows it (1-based), column by header and letter. */
export interface FormPlace {
  sheet?: string;
  row?: number;
  column?: { header: string; letter: string };
}

/** One finding about a form file: where, and why as a registry code (shared/errors/codes/forms.ts) and its values. */
export interface FormProblem extends FormPlace {
  severity: 'error' | 'warning';
  code: string;
  params: ErrorParams;
  /** The template validation finding this was mapped from. */
  check?: ProblemCode;
  /** The Problem's locator (shared/domain/templates/problems.ts) or data path, when it had one. */
  at?: string;
}

export function hasErrors(problems: readonly FormProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
