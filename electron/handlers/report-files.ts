import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getInspection } from '../../db/repositories/inspections';
import { AppError } from '../../shared/errors';
import type { ReportFileEntry, reportFileChannels } from '../../shared/ipc/channels/report-files';
import { reportFolder, reportsDir } from '../services/pdf/reports-dir';
import { verifyPdf } from '../services/signing/verify-pdf';
import type { HandlerContext } from './context';
import { openWithViewer } from './files';
import type { HandlersFor } from './types';

const REPORT_NAME = /^[A-Za-z0-9_.-]{1,120}\.pdf$/;

function kindOf(file: string): ReportFileEntry['kind'] {
  if (file.startsWith('sheet-') || file.startsWith('demo-sheet-')) return 'sheet';
  if (file.startsWith('appendix-')) return 'appendix';
  if (file.startsWith('recheck-')) return 'recheck';
  if (file.startsWith('blank-')) return 'blank';
  return 'other';
}

function entry(folder: string, file: string, inspectionId: number | null): ReportFileEntry {
  const path = join(folder, file);
  const stat = statSync(path);
  let signatures: ReportFileEntry['signatures'] = [];
  let valid = true;
  try {
    const checked = verifyPdf(readFileSync(path));
    signatures = checked.signatures.map(({ signer, status, valid: ok, signingTime }) => ({ signer, status, valid: ok, signingTime }));
    valid = signatures.length === 0 || checked.valid;
  } catch {
    valid = false;
  }
  return { file, inspectionId, kind: kindOf(file), bytes: stat.size, modifiedAt: stat.mtime.toISOString(), signatures, valid };
}

function pdfsIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => REPORT_NAME.test(name) && statSync(join(folder, name)).isFile());
}

/** A report the window names (file + inspection) as a path inside the reports folder, which must exist. */
function reportPath(ctx: HandlerContext, file: string, inspectionId: number | undefined): string {
  const path = join(reportFolder(ctx.dataDir, inspectionId), file);
  if (!existsSync(path)) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_REPORT_FILE', file });
  return path;
}

export const reportFileHandlers: HandlersFor<typeof reportFileChannels> = {
  'reports:list': (ctx, { inspectionId }) => {
    const inspection = getInspection(ctx.db, inspectionId);
    if (!inspection) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_INSPECTION', id: inspectionId });
    const own = reportFolder(ctx.dataDir, inspectionId);
    const shared = reportsDir(ctx.dataDir);
    // The shared folder holds the demo's signed sheet and the blank forms of each template.
    const related = (file: string) =>
      file === `demo-sheet-${inspectionId}.pdf` || file.startsWith(`blank-${inspection.templateId}-`.replace(/[^A-Za-z0-9_.-]/g, '_'));
    const entries = [
      ...pdfsIn(own).map((file) => entry(own, file, inspectionId)),
      ...pdfsIn(shared)
        .filter(related)
        .map((file) => entry(shared, file, null)),
    ];
    return entries.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.file.localeCompare(b.file));
  },
  'reports:open': async (ctx, { file, inspectionId }) => ({ opened: await openWithViewer(ctx, reportPath(ctx, file, inspectionId)), file }),
  'reports:print': async (ctx, { file, inspectionId }) => {
    const path = reportPath(ctx, file, inspectionId);
    if (ctx.printPdf) return ctx.printPdf(path);
    // No print dialog here: the system viewer prints instead, where there is one.
    return { method: (await openWithViewer(ctx, path)) ? 'viewer' : 'none', cancelled: false };
  },
};
