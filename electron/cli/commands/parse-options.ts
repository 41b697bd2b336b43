import { z } from 'zod';
import { AppError, argIssuesOf } from '../../../shared/errors';

// The same language as the window's validation (electron/handlers/dispatch.ts), so a refused value reads the same.
z.config(z.locales.zhCN());

/** What commander hands an action: its options (camelCase keys) plus, where a command has them, its arguments. */
export type RawOptions = Readonly<Record<string, unknown>>;

/** `--db <path>`: the database file every store command names. */
export const databaseOption = z.string().min(1, '请指定数据库文件');
/** `--json`: commander gives true or leaves it out. */
export const jsonOption = z.boolean().optional();

/**
 * A number option for a channel's number field: commander gives text, the channel wants a number. Text that reads
 * as a number becomes one, anything else is left as text so the field's own schema refuses it.
 */
export function numberOption<S extends z.ZodType>(field: S) {
  return z.preprocess((value) => (typeof value === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value), field);
}

/** A comma-separated list of ids (`--filings 1,2,3`) for a channel's array of numbers. */
export function numberListOption<S extends z.ZodType>(field: S) {
  return z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
            .map((part) => (/^[+-]?\d+$/.test(part) ? Number(part) : part))
        : value,
    field,
  );
}

const asOption = (key: string) => `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * Parses a command's options with its zod schema. A refusal is AppError CLI_INVALID_OPTION (exit 2) naming the option
 * as typed (`dataDir` → `--data-dir`; arguments by `names`, e.g. { file: '<file>' }) and the schema's reason.
 */
export function parseOptions<S extends z.ZodType>(schema: S, raw: RawOptions, names: Readonly<Record<string, string>> = {}): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // The first refusal, as the window would word it: the issue's registry code and its values.
  const [issue] = argIssuesOf(parsed.error);
  const key = issue?.path[0];
  const option = typeof key === 'string' ? (names[key] ?? asOption(key)) : '—';
  throw new AppError('CLI_INVALID_OPTION', { ...issue?.params, option, reason: issue?.code ?? 'ARG_INVALID' });
}
