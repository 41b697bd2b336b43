import type { importExportChannels } from '../../shared/ipc/channels/import-export';
import { exportInstitutions } from '../services/export/export-institutions';
import { exportStatistics } from '../services/export/export-statistics';
import { importFile, previewImportFile } from '../services/import/service';
import type { HandlersFor } from './types';

const today = (now: Date) => now.toISOString().slice(0, 10);

export const importExportHandlers: HandlersFor<typeof importExportChannels> = {
  'import:preview': (ctx, { kind, path }) =>
    previewImportFile(ctx, kind, path, { onProgress: (progress) => ctx.emit('import:progress', progress) }),
  'import:commit': (ctx, { kind, path, validOnly }) =>
    importFile(ctx, kind, path, { validOnly, onProgress: (progress) => ctx.emit('import:progress', progress) }),
  'export:institutions': (ctx, { path, query, kind, region }) =>
    exportInstitutions(ctx.db, { path, search: { query, kind, region }, today: today(ctx.now()) }),
  'export:statistics': (ctx, args) => exportStatistics(ctx.db, args),
};
