import { z } from 'zod';
import { channel } from '../define';

/** Opening a PDF of an earlier round that a pack carried (source 'history' in filings:history); writes a copy for the viewer. */
export const filingHistoryChannels = {
  'filings:openHistoryPdf': channel(
    z.object({ ref: z.number().int().positive() }).strict(),
    '备案历史：用系统 PDF 阅读器打开任务包带来的往轮签名 PDF',
  ).writes<{ opened: boolean; name: string; path: string }>(),
};
