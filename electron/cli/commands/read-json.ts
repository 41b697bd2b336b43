import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';

/** Reads and parses a JSON file; unreadable or invalid JSON becomes an AppError with a Chinese message. */
export function readJsonFile(path: string, errorCode: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError(errorCode, { reason: 'CLI_REASON_UNREADABLE', what, path, detail: error instanceof Error ? error.message : String(error) });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new AppError(errorCode, { reason: 'CLI_REASON_NOT_JSON', what, path, detail: error instanceof Error ? error.message : String(error) });
  }
}
