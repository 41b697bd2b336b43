import { z } from 'zod';
import { channel } from '../define';

export interface AppInfo {
  name: string;
  version: string;
  schemaVersion: number;
  databasePath: string;
  /** True while the database holds the generated demo data (演示数据). */
  demo: boolean;
}

export const noArgs = z.object({}).strict();

export const appChannels = {
  'app:info': channel(noArgs, '应用与数据库信息').returns<AppInfo>(),
  'app:openExternal': channel(z.object({ url: z.string().max(2048) }).strict(), '在系统浏览器中打开允许的网址').returns<{ opened: boolean }>(),
};
