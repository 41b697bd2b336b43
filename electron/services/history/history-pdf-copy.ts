import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../../db/engine';
import { statement } from '../../../db/sql';
import { AppError } from '../../../shared/errors';

/** Pack entry names are checked on import; the copy's name is kept a plain file name all the same. */
function plainName(name: string): string {
  const cleaned = name.replace(/[^\p{L}\p{N}_.-]/gu, '_').slice(-120);
  return cleaned === '' || /^\.+$/.test(cleaned) ? 'history.pdf' : cleaned;
}

/**
 * A PDF a pack carried for an earlier round lives in the database; a system viewer needs a file, so it is copied to
 * <dataDir>/history/<filingId>/<entryNo>/ (`ref` is the row the filing history named).
 */
export function copyHistoryPdf(db: Database, dataDir: string, ref: number): { name: string; path: string } {
  const row = statement<{ filing_id: number; entry_no: number; name: string; content: Buffer }>(
    db,
    'SELECT filing_id, entry_no, name, content FROM received_history_files WHERE rowid = ?',
  ).get(ref);
  if (!row) throw new AppError('HISTORY_PDF_NOT_FOUND', { ref });
  const dir = join(dataDir, 'history', String(row.filing_id), String(row.entry_no));
  mkdirSync(dir, { recursive: true });
  const name = plainName(row.name);
  const path = join(dir, name);
  writeFileSync(path, row.content);
  return { name, path };
}
