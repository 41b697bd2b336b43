import { errorRegistry } from './codes';
import { errorInfoText, type ArgIssue, type ErrorParams } from './translate';

/**
 * Errors that cross a boundary (IPC, worker thread, CLI) carry a stable code and its parameters; each side turns
 * them into a sentence in its own language with errorText / errorInfoText. What main sends a window never has
 * `message` (see toWire).
 */
export interface ErrorInfo {
  code: string;
  /** The values the registry's sentence names, e.g. { sheet: '机构', row: 3 }. */
  params?: ErrorParams;
  /** INVALID_ARGS only: each field that failed validation. */
  issues?: ArgIssue[];
  /** Optional structured detail, e.g. the list of row errors of an import. */
  details?: unknown;
  /** The zh-CN sentence, for logs and for passing an error between threads of main; never shown by a window. */
  message?: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  readonly details: unknown;
  /** Built the old way, from a ready-made Chinese sentence: the only case whose sentence still crosses IPC. */
  readonly fromSentence: boolean;

  /**
   * `new AppError('CODE', { name: value })` — the code must be in the registry (shared/errors/codes); `message` is
   * the zh-CN sentence (logs, tests). A plain string in place of the parameters is the old form (a ready-made
   * Chinese sentence), kept only while the last call sites move to the registry (test/unit/domain/legacy-errors).
   */
  readonly issues: ArgIssue[];

  constructor(code: string, params: ErrorParams | string = {}, details?: unknown, issues: ArgIssue[] = []) {
    super(typeof params === 'string' ? params : errorInfoText({ code, params, issues }));
    this.issues = issues;
    this.name = 'AppError';
    this.code = code;
    this.params = typeof params === 'string' ? {} : params;
    this.details = details;
    this.fromSentence = typeof params === 'string';
  }

  /** An error passed on from a worker thread or another process, as its info says. */
  static fromInfo(info: ErrorInfo): AppError {
    return new AppError(info.code, info.params ?? info.message ?? {}, info.details, info.issues);
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message };
    if (Object.keys(this.params).length > 0) info.params = this.params;
    if (this.details !== undefined) info.details = this.details;
    if (this.issues.length > 0) info.issues = this.issues;
    return info;
  }

  /**
   * What crosses to a window: code, parameters and details, without the Chinese sentence. Only an error still built
   * the old way (`new AppError('X', '句子')`, in a file not yet converted: test/unit/domain/legacy-errors.test.ts)
   * keeps its sentence, so the user reads something until it is converted.
   */
  toWire(): ErrorInfo {
    const { message, ...wire } = this.toInfo();
    return this.fromSentence || !Object.prototype.hasOwnProperty.call(errorRegistry, this.code) ? { ...wire, message } : wire;
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
