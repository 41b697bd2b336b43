import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, isAbsolute, dirname } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { Database } from '../../../db/engine';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppError } from '../../../shared/errors';
import { writeWorkbookFile } from '../export/xlsx-style';
import { roundDrawNoticeDocument } from '../pdf/documents/round-draw-notice';
import { roundResultsNoticeDocument } from '../pdf/documents/round-results-notice';
import { renderPdf } from '../pdf/pdfmake-runtime';
import { loadDrawNotice } from './draw-notice-model';
import { buildDrawNoticeWorkbook } from './draw-notice-xlsx';
import { loadResultsNotice } from './results-notice-model';
import { buildResultsNoticeWorkbook } from './results-notice-xlsx';

export type PublishKind = 'draw' | 'results';
export type PublishFormat = 'pdf' | 'xlsx';

export interface PublishInput {
  roundUid: string;
  kind: PublishKind;
  format: PublishFormat;
  path: string;
  /** The notice's date (发布日期) and the day rectification deadlines are judged on. */
  publishedOn: string;
  /** Lays out a document; in-process by default (the notices are a few pages). */
  render?: (doc: TDocumentDefinitions) => Promise<Buffer>;
}

/** An absolute path ending in the format's extension, in an existing folder; refused before anything is read. */
export function assertPublishPath(path: string, format: PublishFormat): void {
  if (!isAbsolute(path)) throw new AppError('EXPORT_BAD_PATH', { reason: 'EXPORT_REASON_NOT_ABSOLUTE', path });
  if (extname(path).toLowerCase() !== `.${format}`) throw new AppError('EXPORT_BAD_PATH', { reason: 'ROUND_PUBLISH_REASON_EXTENSION', format, path });
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new AppError('EXPORT_BAD_PATH', { reason: 'EXPORT_REASON_NO_FOLDER', folder });
}

/**
 * Writes a round's public notice (一公开): the draw (抽查结果公示) or the results (检查结果公示), as PDF or XLSX. The
 * file appears under its name only when complete (written beside it, then renamed). Reads only; the store is unchanged.
 */
export async function publishRound(db: Database, input: PublishInput): Promise<{ path: string }> {
  assertPublishPath(input.path, input.format);
  const render = input.render ?? ((doc: TDocumentDefinitions) => renderPdf(doc));
  if (input.kind === 'draw') {
    const notice = loadDrawNotice(db, input.roundUid, input.publishedOn);
    if (input.format === 'xlsx') await writeWorkbookFile(buildDrawNoticeWorkbook(notice), input.path);
    else writeWhole(input.path, await render(roundDrawNoticeDocument(notice)));
  } else {
    const notice = loadResultsNotice(db, input.roundUid, input.publishedOn);
    if (input.format === 'xlsx') await writeWorkbookFile(buildResultsNoticeWorkbook(notice), input.path);
    else writeWhole(input.path, await render(roundResultsNoticeDocument(notice)));
  }
  return { path: input.path };
}

function writeWhole(path: string, bytes: Buffer): void {
  const temporary = `${path}.partial`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AppError('EXPORT_WRITE_FAILED', { path, detail: error instanceof Error ? error.message : String(error) });
  }
}
