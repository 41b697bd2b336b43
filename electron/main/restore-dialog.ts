import type { MessageBoxSyncOptions } from 'electron';
import type { BackupInfo } from '../../db/backup-list';

/** At most this many backups are offered as buttons (newest first); older ones stay in the backups folder. */
const OFFERED = 5;

const describe = (backup: BackupInfo): string =>
  `${backup.createdAt.slice(0, 16).replace('T', ' ')}(${(backup.sizeBytes / 1024 / 1024).toFixed(1)} MB${backup.reason ? `,${backup.reason}` : ''})`;

/** Electron's dialog module (one of its showMessageBoxSync overloads), or a recording stand-in in tests. */
export interface MessageBoxes {
  showMessageBoxSync(options: MessageBoxSyncOptions): number;
}

/** The Chinese start-up dialog: the problem, then one button per recent backup and 退出. */
export function askToRestore(dialog: MessageBoxes, problem: string, backups: BackupInfo[]): string | null {
  const offered = backups.slice(0, OFFERED);
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: '数据库检查未通过',
    message: '数据库启动检查未通过，为防止数据丢失，已停止写入。',
    detail: `${problem}\n\n可以从备份恢复：损坏的数据库文件会被保留在原文件夹中（文件名含 before-restore），不会删除。请选择要恢复的备份，或退出后联系技术支持。`,
    buttons: [...offered.map((backup) => `恢复 ${describe(backup)}`), '退出'],
    defaultId: offered.length,
    cancelId: offered.length,
    noLink: true,
  });
  return offered[choice]?.name ?? null;
}
