import { defaultStatusDate } from '../../db/filing-status';
import type { importExportChannels } from '../../shared/ipc/channels/import-export';
import { exportInstitutions } from '../services/export/export-institutions';
import { exportStatistics } from '../services/export/export-statistics';
import { importFile, previewImportFile } from '../services/import/service';
import { grantPath, requireGranted } from './granted-paths';
import type { HandlersFor } from './types';

// The window names only files the user chose in a dialog this run (files:chooseOpen / files:chooseSave).
export const importExportHandlers: HandlersFor<typeof importExportChannels> = {
  'import:preview': (ctx, { kind, path }) =>
    previewImportFile(ctx, kind, requireGranted(ctx, 'read', path), { onProgress: (progress) => ctx.emit('import:progress', progress) }),
  'import:commit': (ctx, { kind, path, validOnly }) =>
    importFile(ctx, kind, requireGranted(ctx, 'read', path), { validOnly, onProgress: (progress) => ctx.emit('import:progress', progress) }),
  'export:institutions': async (ctx, { path, ...search }) => {
    const target = requireGranted(ctx, 'write', path);
    // The same day as the list in the window, so the statuses (and a status filter) agree with what it shows.
    const result = await exportInstitutions(ctx.db, { path: target, search, today: defaultStatusDate(ctx.db, ctx.now()) });
    grantPath(ctx, 'read', target);
    return result;
  },
  'export:statistics': async (ctx, args) => {
    const target = requireGranted(ctx, 'write', args.path);
    const result = await exportStatistics(ctx.db, { ...args, path: target });
    grantPath(ctx, 'read', target);
    return result;
  },
};
