import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { isAppError } from '../../../shared/errors';
import { compileFormSheets, formProblemOf, type FormProblem } from '../../../shared/domain/forms';
import { validateTemplate, type Template } from '../../../shared/domain/templates';
import { formatMegabytes } from '../../../shared/import/limits';
import { workbookSheets } from './workbook-sheets';

/** A form is a few hundred rows: a file far beyond that is not a form. */
export const MAX_FORM_FILE_BYTES = 8 * 1024 * 1024;

export interface FormFileReading {
  /** The template, when the file has no errors (warnings allowed). */
  template?: Template;
  problems: FormProblem[];
}

const fileProblem = (code: string, params: Record<string, string | number>): FormProblem => ({ severity: 'error', code, params });

/**
 * Reads a form file: an XLSX workbook (docs/form-format.md) or the canonical Template JSON. Never throws for a bad
 * file: what is wrong comes back as problems naming sheet / row / column (XLSX) or the data path (JSON).
 */
export async function readFormFile(path: string): Promise<FormFileReading> {
  const kind = extname(path).toLowerCase();
  if (kind !== '.xlsx' && kind !== '.json') return { problems: [fileProblem('FORM_FILE_KIND', { detail: path })] };
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FORM_FILE_BYTES) {
      return { problems: [fileProblem('FORM_FILE_TOO_LARGE', { size: formatMegabytes(size), limit: formatMegabytes(MAX_FORM_FILE_BYTES) })] };
    }
    bytes = await readFile(path);
  } catch (error) {
    return { problems: [fileProblem('FORM_FILE_UNREADABLE', { detail: error instanceof Error ? error.message : String(error) })] };
  }
  return kind === '.json' ? readFormJson(bytes) : readFormWorkbook(bytes);
}

export async function readFormWorkbook(bytes: Uint8Array): Promise<FormFileReading> {
  let sheets;
  try {
    sheets = await workbookSheets(bytes);
  } catch (error) {
    // A refused zip (bomb, damage) is an AppError of the importer; its code says why.
    const detail = isAppError(error) ? error.code : error instanceof Error ? error.message : String(error);
    return { problems: [fileProblem('FORM_FILE_UNREADABLE', { detail })] };
  }
  const { template, problems } = compileFormSheets(sheets);
  return template ? { template, problems } : { problems };
}

export function readFormJson(bytes: Uint8Array): FormFileReading {
  let data: unknown;
  try {
    data = JSON.parse(
      Buffer.from(bytes)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
  } catch (error) {
    return { problems: [fileProblem('FORM_FILE_NOT_JSON', { detail: error instanceof Error ? error.message : String(error) })] };
  }
  const report = validateTemplate(data);
  const problems = [...report.errors.map((p) => formProblemOf(p, 'error')), ...report.warnings.map((p) => formProblemOf(p, 'warning'))];
  return report.errors.length === 0 && report.template ? { template: report.template, problems } : { problems };
}
