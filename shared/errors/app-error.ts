import { errorText, type ErrorParams } from './translate';

/** Errors that cross a boundary (IPC, CLI, import) carry a stable code and its parameters; the text comes from the registry. */
export interface ErrorInfo {
  code: string;
  /** The values the registry's sentence names, e.g. { sheet: '机构', row: 3 }. */
  params?: ErrorParams;
  /** The zh-CN sentence, for logs and older callers; a window or the CLI translates code + params itself. */
  message: string;
  /** Optional structured detail, e.g. the list of row errors of an import. */
  details?: unknown;
}

export class AppError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  readonly details: unknown;

  /**
   * `new AppError('CODE', { name: value })` — the code must be in the registry (shared/errors/codes).
   * A plain string in place of the parameters is the old form (a ready-made Chinese sentence), kept only while the
   * call sites move to the registry.
   */
  constructor(code: string, params: ErrorParams | string = {}, details?: unknown) {
    super(typeof params === 'string' ? params : errorText(code, params));
    this.name = 'AppError';
    this.code = code;
    this.params = typeof params === 'string' ? {} : params;
    this.details = details;
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message };
    if (Object.keys(this.params).length > 0) info.params = this.params;
    if (this.details !== undefined) info.details = this.details;
    return info;
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
