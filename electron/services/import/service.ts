import type { ImportPreview } from '../../../shared/import/preview';
import type { ImportKind, ImportSummary } from '../../../shared/import/types';
import { commitImport, type StoreTarget } from './commit';
import { parseOffThread, type OffThreadOptions } from './parse-off-thread';
import { buildPreview } from './preview';

/** Reads and checks a file, writes nothing: what the window shows before the user confirms. */
export async function previewImportFile(
  target: Pick<StoreTarget, 'db'>,
  kind: ImportKind,
  path: string,
  options: OffThreadOptions = {},
): Promise<ImportPreview> {
  const parsed = await parseOffThread(kind, path, options);
  return buildPreview(target.db, parsed);
}

/** `import` in the CLI and import:commit in the app: parse off the main thread, then check, back up and write. */
export async function importFile(
  target: StoreTarget,
  kind: ImportKind,
  path: string,
  options: OffThreadOptions & { validOnly?: boolean } = {},
): Promise<ImportSummary> {
  const parsed = await parseOffThread(kind, path, options);
  return commitImport(target, parsed, { validOnly: options.validOnly ?? false, onProgress: options.onProgress });
}
