import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../db/engine';
import { defaultStatusDate } from '../../db/filing-status';
import { rectificationFileContent } from '../../db/repositories/rectifications';
import { AppError } from '../../shared/errors';
import type { rectificationChannels } from '../../shared/ipc/channels/rectifications';
import { getRectificationView } from '../services/rectification/rectification-view';
import { generateNotice } from '../services/pdf/rectification-notice';
import { sharedPdfWorker } from '../services/pdf/shared-worker';
import { requireRole } from '../services/sync/role';
import { openWithViewer } from './files';
import type { HandlersFor } from './types';

/** The system viewer needs a file: the stored BLOB is copied to <dataDir>/rectifications/<uid>/<id>-<name>. */
function copyRectificationFile(db: Database, dataDir: string, fileId: number): string {
  const stored = rectificationFileContent(db, fileId);
  if (!stored) throw new AppError('RECTIFICATION_FILE_NOT_FOUND', { fileId });
  const dir = join(dataDir, 'rectifications', stored.record.rectificationUid);
  mkdirSync(dir, { recursive: true });
  const base = (stored.record.name.split(/[\\/]/).pop() ?? '').replace(/[^\p{L}\p{N}_.-]/gu, '_').slice(-100);
  const path = join(dir, `${fileId}-${base === '' || /^\.+$/.test(base) ? 'file' : base}`);
  writeFileSync(path, stored.content);
  return path;
}

export const rectificationFileHandlers: HandlersFor<Pick<typeof rectificationChannels, 'rectifications:notice' | 'rectifications:openFile'>> = {
  'rectifications:notice': async (ctx, { uid, passphrase }) => {
    requireRole(ctx.db, 'office');
    await generateNotice(ctx.db, { uid, passphrase, now: ctx.now(), render: (model) => sharedPdfWorker().render(model) });
    return getRectificationView(ctx.db, uid, defaultStatusDate(ctx.db, ctx.now()));
  },
  'rectifications:openFile': async (ctx, { fileId }) => ({ opened: await openWithViewer(ctx, copyRectificationFile(ctx.db, ctx.dataDir, fileId)) }),
};
