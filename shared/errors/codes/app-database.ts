import type { ErrorTexts } from './types';

/** Restoring a backup, starting afresh after the demo, and the connection the handlers share (electron/handlers/database-session.ts). */
export const appDatabaseErrors = {
  BACKUP_NOT_FOUND: {
    zh: '找不到备份“{name}”。请从备份列表中选择。',
    en: 'Backup “{name}” was not found. Please choose one from the list of backups.',
  },
  BACKUP_DAMAGED: {
    zh: '备份 {name} 未通过完整性检查，不能用于恢复：{problems}。请选择另一个备份。',
    en: 'Backup {name} failed its integrity check and cannot be restored: {problems}. Please choose another backup.',
  },
  RESTORE_FAILED: {
    zh: '从备份恢复失败，原数据库已放回原处：{reason}',
    en: 'Restoring from the backup failed; the previous database has been put back: {reason}',
  },
  RESTORED_DATABASE_UNUSABLE: {
    zh: '备份 {name} 复制后无法打开（{reason}），未使用它；原数据库已放回原处并重新打开。请选择另一个备份。',
    en: 'Backup {name} could not be opened after copying ({reason}) and was not used; the previous database has been put back and reopened. Please choose another backup.',
  },
  NOT_DEMO_DATABASE: {
    zh: '当前数据库中是正式数据，不是演示数据，不能清空重来。数据未做任何改动。',
    en: 'This database holds real work, not the demo data, so it cannot be cleared. Nothing was changed.',
  },
  START_FRESH_FAILED: {
    zh: '未能创建新的空白数据库，原数据库已放回原处：{reason}',
    en: 'A new empty database could not be created; the previous database has been put back: {reason}',
  },
  DATABASE_CLOSED: {
    zh: '数据库在更换文件时未能重新打开，当前没有可用的数据库。请关闭并重新启动本软件。',
    en: 'The database could not be reopened while its file was being replaced, so none is open. Please close and restart the app.',
  },
} satisfies ErrorTexts;
