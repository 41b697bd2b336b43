import type { ErrorTexts } from './types';

/** Opening the database a command names (`--db`): only the commands that create one may be given a new path. */
export const cliDbErrors = {
  DB_FILE_MISSING: {
    zh: '找不到数据库文件 {path}。请检查路径；新建数据库请用 db migrate 或 office init。',
    en: 'Database file {path} was not found. Check the path; to create a new database use db migrate or office init.',
  },
  /** The development bridge (test/harness/bridge-server.ts): a request path whose %-escapes do not decode. */
  BRIDGE_BAD_ESCAPE: {
    zh: '请求地址中的转义字符无效：{path}。请检查地址后重试。',
    en: 'The request path has an invalid escape: {path}. Check the address and try again.',
  },
  /** The development bridge: a call whose body is over its limit. */
  BRIDGE_BODY_TOO_LARGE: {
    zh: '请求内容超过 {limit} 的上限，未处理。请减少一次提交的数据后重试。',
    en: 'The request body is over the {limit} limit and was not processed. Send less data at once and try again.',
  },
} satisfies ErrorTexts;
