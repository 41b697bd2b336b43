import type { Database } from '../../../../db/engine';
import { hasErrors } from '../../../../shared/domain/forms';
import type { TemplateImportResult } from '../../../../shared/ipc/channels/template-import';
import { readFormFile } from '../../forms/read-form-file';
import { importTemplate } from '../../templates/template-store';

/**
 * The office's 评估表 tab: a form file (XLSX workbook or Template JSON) read and, when it has no errors, added to the
 * template store as an 'imported' version. A file with errors comes back as its problems (sheet / row / column) and
 * stores nothing; another content under a held id + version is refused by the store (TEMPLATE_VERSION_TAKEN).
 */
export async function importFormFile(db: Database, path: string, now: Date): Promise<TemplateImportResult> {
  const { template, problems } = await readFormFile(path);
  if (!template || hasErrors(problems)) return { ok: false, problems };
  const imported = importTemplate(db, template, 'imported', now.toISOString());
  return {
    ok: true,
    hash: imported.hash,
    id: imported.id,
    version: imported.version,
    title: template.title,
    alreadyHeld: imported.status === 'alreadyPresent',
    warnings: problems,
  };
}
