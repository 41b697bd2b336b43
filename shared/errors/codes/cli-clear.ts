import type { ErrorTexts } from './types';

/** What the file system or SQLite refused, told apart (issue 19): a read-only file, a file that is no database, a full disk. */
export const cliClearErrors = {
  DB_READ_ONLY: {
    zh: '数据库文件是只读的：{path}。请检查文件权限，或把它复制到可写的位置后重试。',
    en: 'The database file is read-only: {path}. Check the file permissions, or copy it to a writable place and try again.',
  },
  DB_NOT_A_DATABASE: {
    zh: '这不是本软件的数据库文件：{path}。请检查 --db 给出的路径是否指向数据库（.sqlite）文件。',
    en: 'This is not a database file of this app: {path}. Check that --db names the database (.sqlite) file.',
  },
  DISK_FULL: {
    zh: '磁盘空间不足，未能写入 {path}；请清理磁盘后重试，数据未被改动。',
    en: 'The disk is full; {path} could not be written. Free some disk space and try again; no data was changed.',
  },
  /** The CLI's word for a bundle the import service reports `stale`: the same exit code as an older task pack (SYNC_PACK_OLD). */
  SYNC_BUNDLE_OLD: {
    zh: '这个结果包（设备 {device}，序号 {sequence}）比本单位已导入的更旧或为重放，未做任何改动。请导入该设备最新的结果包。',
    en: 'This result bundle (device {device}, sequence {sequence}) is older than the one already imported here, or a replay; nothing was changed. Import the device’s latest bundle.',
  },
  /** `separator` is one of the IMPORT_SEPARATOR_… nouns below (shared/import/csv-separator.ts). */
  IMPORT_CSV_SEPARATOR: {
    zh: '{file} 的列不是用逗号分隔的，而是用{separator}分隔，所以找不到表头。请在 Excel 中打开后另存为“CSV UTF-8（逗号分隔）”再导入。',
    en: 'The columns of {file} are separated by {separator}, not by commas, so no header was found. Open it in Excel and save it as “CSV UTF-8 (comma delimited)”, then import again.',
  },
  IMPORT_SEPARATOR_SEMICOLON: { zh: '分号（;）', en: 'semicolons (;)' },
  IMPORT_SEPARATOR_TAB: { zh: '制表符（Tab）', en: 'tabs' },
  IMPORT_SEPARATOR_PIPE: { zh: '竖线（|）', en: 'vertical bars (|)' },
} satisfies ErrorTexts;
