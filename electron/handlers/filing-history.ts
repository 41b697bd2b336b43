import type { filingHistoryChannels } from '../../shared/ipc/channels/filing-history';
import type { roundChannels } from '../../shared/ipc/channels/rounds';
import { copyHistoryPdf } from '../services/history/history-pdf-copy';
import { filingHistory } from '../services/history/filing-history';
import { openWithViewer } from './files';
import type { HandlersFor } from './types';

export const filingHistoryHandlers: HandlersFor<Pick<typeof roundChannels, 'filings:history'> & typeof filingHistoryChannels> = {
  'filings:history': (ctx, { filingId, onDate }) => filingHistory(ctx.db, ctx.dataDir, filingId, onDate ?? ctx.now().toISOString().slice(0, 10)),
  'filings:openHistoryPdf': async (ctx, { ref }) => {
    const copy = copyHistoryPdf(ctx.db, ctx.dataDir, ref);
    return { ...copy, opened: await openWithViewer(ctx, copy.path) };
  },
};
