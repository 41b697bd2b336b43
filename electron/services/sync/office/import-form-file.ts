import type { Database } from 'better-sqlite3';
import type { FormProblem } from '../../../../shared/domain/forms';
import { templateHash } from '../../../../shared/domain/templates';
import { AppError, errorText } from '../../../../shared/errors';
import type { FormFileProblem, TemplateImportResult } from '../../../../shared/ipc/channels/template-import';
import { readFormFile } from '../../forms/read-form-file';
import { formVersionById, storeFormVersion } from '../form-versions';

/** Where a problem is (sheet / row / column of a workbook, or the data path of JSON) and the registry's sentence. */
const located = (problem: FormProblem): FormFileProblem => ({
  message: errorText(problem.code, problem.params),
  ...(problem.sheet !== undefined ? { sheet: problem.sheet } : {}),
  ...(problem.row !== undefined ? { row: problem.row } : {}),
  ...(problem.column !== undefined ? { column: `${problem.column.header}（${problem.column.letter}）` } : {}),
  ...(problem.sheet === undefined && problem.at !== undefined ? { path: problem.at } : {}),
});

/**
 * The office window's 评估表 import: a form file as `templates check` reads it — an XLSX workbook
 * (docs/form-format.md) or the canonical Template JSON — validated and stored as a new 'imported' version. Another
 * content under an id + version already held is refused, never an overwrite.
 */
export async function importFormFile(db: Database, path: string, now: Date): Promise<TemplateImportResult> {
  // A file that cannot be read comes back as a problem too (FORM_FILE_UNREADABLE / FORM_FILE_KIND / …_TOO_LARGE).
  const { template, problems } = await readFormFile(path);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!template || errors.length > 0) {
    return { ok: false, errors: errors.map(located), warnings: problems.filter((p) => p.severity === 'warning').map(located) };
  }
  const hash = templateHash(template);
  const held = formVersionById(db, template.id, template.version);
  if (held && held.hash !== hash) throw new AppError('FORM_VERSION_TAKEN', { id: template.id, version: template.version });
  const stored = storeFormVersion(db, { hash, template }, 'imported', now.toISOString());
  return {
    ok: true,
    hash,
    id: template.id,
    version: template.version,
    title: template.title,
    alreadyHeld: Boolean(held) || stored.addedAt !== now.toISOString(),
  };
}
