/** Errors that cross a boundary (IPC, CLI, import) carry a stable code and a plain-Chinese message. */
export interface ErrorInfo {
  code: string;
  message: string;
  /** Optional structured detail, e.g. the list of row errors of an import. */
  details?: unknown;
}

export class AppError extends Error {
  readonly code: string;
  readonly details: unknown;

  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toInfo(): ErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
