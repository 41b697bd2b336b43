import type { ErrorTexts } from './types';

/** Opening the database a command names (`--db`): only the commands that create one may be given a new path. */
export const cliDbErrors = {
  DB_FILE_MISSING: {
    zh: '找不到数据库文件 {path}。请检查路径；新建数据库请用 db migrate 或 office init。',
    en: 'Database file {path} was not found. Check the path; to create a new database use db migrate or office init.',
  },
} satisfies ErrorTexts;
