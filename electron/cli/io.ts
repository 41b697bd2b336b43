import { errorInfoText, type AppError, type ErrorLanguage } from '../../shared/errors';

/** Where a CLI command writes: injectable so tests capture output without spawning a process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** The language errors are written in (electron/cli/language.ts); Chinese when not set. */
  language?: ErrorLanguage;
}

/** An AppError's sentence in the CLI's language, from its code and parameters. */
export function cliErrorText(io: CliIO, error: AppError): string {
  return errorInfoText(error.toWire(), io.language ?? 'zh-CN');
}

/** "错误 [CODE]: …" / "Error [CODE]: …": the one line a refused command prints on stderr. */
export function cliErrorLine(io: CliIO, error: AppError): string {
  return `${io.language === 'en' ? 'Error' : '错误'} [${error.code}]: ${cliErrorText(io, error)}`;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Print either JSON (`--json`) or the text form. */
export function print(io: CliIO, json: boolean, value: unknown, text: () => string): void {
  io.out(json ? JSON.stringify(value, null, 2) : text());
}

/** Thrown by commands to end with a given exit code after printing their own message. */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
