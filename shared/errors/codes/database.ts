import type { ErrorTexts } from './types';

/** The database file: opening, checking, migrating, backing up and restoring (db/). */
export const dbErrors = {
  NOT_FOUND_DATABASE_FILE: { zh: '数据库文件不存在：{file}', en: 'The database file does not exist: {file}' },
  DB_PRAGMAS: {
    zh: '数据库安全设置未生效：{settings}。为防止数据丢失，已停止写入。',
    en: 'The database’s safety settings did not take effect: {settings}. Writing was stopped to prevent data loss.',
  },
  DB_DAMAGED: { zh: '{reason}', en: '{reason}' },
  DB_REASON_DAMAGED_ON_OPEN: {
    zh: '数据库文件已损坏，未以写入方式打开：{file}。请从备份恢复。问题：{problems}',
    en: 'The database file is damaged and was not opened for writing: {file}. Restore it from a backup. Problems: {problems}',
  },
  DB_REASON_DAMAGED_ON_EXPORT: {
    zh: '数据库完整性检查未通过，已停止导出。请从备份恢复。问题：{problems}',
    en: 'The database failed its integrity check; the export was stopped. Restore it from a backup. Problems: {problems}',
  },
  DB_OUTDATED: {
    zh: '数据库结构版本为 {version}，需先升级到 {latest}(skill-inspector db migrate --db {file})。',
    en: 'The database schema is version {version}; upgrade it to {latest} first (skill-inspector db migrate --db {file}).',
  },
  DB_TOO_NEW: {
    zh: '此数据库由更新版本的软件创建（结构版本 {version}），本软件只支持到版本 {latest}。请升级软件后再打开，数据未作任何改动。',
    en: 'This database was created by a newer version of the app (schema version {version}); this app supports up to version {latest}. Update the app and open it again; no data was changed.',
  },
  BACKUP_EXISTS: { zh: '备份文件已存在，未覆盖：{path}', en: 'The backup file already exists and was not overwritten: {path}' },
  BACKUP_FAILED: {
    zh: '修改前备份数据库失败，未做任何修改：{detail}',
    en: 'Backing up the database before the change failed; nothing was changed: {detail}',
  },
  REAL_DATA_PRESENT: {
    zh: '数据库中已有 {count} 家真实评价机构，不能写入演示数据。请使用新的数据库文件。',
    en: 'The database already holds {count} real institutions, so demo data cannot be written. Use a new database file.',
  },
} satisfies ErrorTexts;
