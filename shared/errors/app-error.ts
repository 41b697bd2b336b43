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
  readonly issues: ArgIssue[];

  /**
   * `new AppError('CODE', { name: value })` — the code must be in the registry (shared/errors/codes); `message` is
   * the zh-CN sentence (logs, tests). A ready-made sentence in place of the parameters is no longer accepted.
   */
  constructor(code: string, params: ErrorParams = {}, details?: unknown, issues: ArgIssue[] = []) {
    super(errorInfoText({ code, params, issues }));
    this.issues = issues;
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.details = details;
  }

  /** An error passed on from a worker thread or another process, as its info says. */
  static fromInfo(info: ErrorInfo): AppError {
    return new AppError(info.code, info.params ?? {}, info.details, info.issues);
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message };
    if (Object.keys(this.params).length > 0) info.params = this.params;
    if (this.details !== undefined) info.details = this.details;
    if (this.issues.length > 0) info.issues = this.issues;
    return info;
  }

  /**
   * What crosses to a window: code, parameters and details, without the Chinese sentence. A code missing from the
   * registry (a slip the registry test did not see) keeps its sentence, so the user still reads something.
   */
  toWire(): ErrorInfo {
    const { message, ...wire } = this.toInfo();
    return Object.prototype.hasOwnProperty.call(errorRegistry, this.code) ? wire : { ...wire, message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
