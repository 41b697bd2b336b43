import { z } from 'zod';
import { channel } from '../define';
import { argMessage } from '../../errors';

export interface AppInfo {
  name: string;
  version: string;
  schemaVersion: number;
  databasePath: string;
  /** True while the database holds the generated demo data (演示数据). */
  demo: boolean;
}

export interface BackupSummary {
  /** File name in <dataDir>/backups; send it back to app:restoreBackup. */
  name: string;
  sizeBytes: number;
  createdAt: string;
  /** before-migration-…, before-import-… or '' */
  reason: string;
}

export interface RestoreOutcome {
  restoredFrom: string;
  /** The replaced database, kept beside the original for investigation. */
  movedAsideTo: string | null;
}

export interface StartFreshOutcome {
  /** The demo database's snapshot in <dataDir>/backups (it can be restored like any backup). */
  backupName: string;
  /** The demo file itself, moved aside beside the new database. */
  movedAsideTo: string | null;
}

/** The word the user types to confirm leaving the demo (开始正式使用 in 设置). */
export const START_FRESH_CONFIRMATION = '开始使用';

export const noArgs = z.object({}).strict();

/** A backup's file name only: no folder, no path separators, so the window cannot point at other files. */
const backupName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:]+\.sqlite$/, 'ARG_BACKUP_NAME');

export const appChannels = {
  'app:info': channel(noArgs, '应用与数据库信息').reads<AppInfo>(),
  'app:backups': channel(noArgs, '数据目录中的数据库备份（时间、大小、原因）').reads<BackupSummary[]>(),
  'app:restoreBackup': channel(z.object({ name: backupName }).strict(), '检查并从备份恢复数据库（原文件保留）').writes<RestoreOutcome>(),
  'app:startFresh': channel(
    z
      .object({
        confirmation: z.literal(START_FRESH_CONFIRMATION, { error: argMessage('ARG_CONFIRMATION', { expected: START_FRESH_CONFIRMATION }) }),
      })
      .strict(),
    '离开演示：备份演示数据库，换成新的空白数据库（只限演示数据）',
  ).writes<StartFreshOutcome>(),
  'app:openExternal': channel(z.object({ url: z.string().max(2048) }).strict(), '在系统浏览器中打开允许的网址').reads<{ opened: boolean }>(),
};
