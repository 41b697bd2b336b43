import { z } from 'zod';
import { channel } from '../define';

/** Where the office's store lives: this PC's SQLite file (the default) or a PostgreSQL database several PCs share. */
export type OfficeStoreEngine = 'sqlite' | 'postgres';

export interface OfficeStoreChoice {
  engine: OfficeStoreEngine;
  /** The saved server, never its password; null for the local file. */
  server: { host: string; port: number; database: string; user: string; sslmode?: string } | null;
  /** True when the password is sealed in the OS keychain; false means it is asked for (or PGPASSWORD) at start. */
  passwordSaved: boolean;
  /** Whether this PC has a keychain that really encrypts (else the password is never stored). */
  keychainAvailable: boolean;
  /** The engine the running app uses now; differs from `engine` until the restart. */
  runningEngine: OfficeStoreEngine;
}

export type DatabaseContents =
  | { kind: 'empty' }
  | { kind: 'ours'; version: number; latest: number }
  | { kind: 'newer'; version: number; latest: number }
  | { kind: 'foreign'; tables: string[] };

export interface ConnectionTestResult {
  serverVersion: string;
  contents: DatabaseContents;
}

export interface OfficeStoreSaved {
  choice: OfficeStoreChoice;
  /** True when an empty PostgreSQL database was made into this app's store now. */
  initialised: boolean;
  /** The app opens the chosen store at its next start. */
  restartRequired: boolean;
}

/** A lone UTF-16 surrogate cannot be percent-encoded into the connection URL (encodeURIComponent throws). */
const wellFormed = (text: string): boolean => !/\p{Cs}/u.test(text);
/** A DNS name, an IPv4 address or an IPv6 address (bracketed or not): what a connection URL can carry. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)*\.?|\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\]?)$/;

const server = {
  host: z.string().trim().min(1, 'ARG_REQUIRED').max(255).regex(HOST, 'ARG_HOST'),
  port: z.number().int().min(1).max(65535),
  database: z.string().trim().min(1, 'ARG_REQUIRED').max(63).refine(wellFormed, 'ARG_BROKEN_TEXT'),
  user: z.string().trim().min(1, 'ARG_REQUIRED').max(63).refine(wellFormed, 'ARG_BROKEN_TEXT'),
  password: z.string().max(1000).refine(wellFormed, 'ARG_BROKEN_TEXT'),
  sslmode: z.enum(['disable', 'prefer', 'require', 'verify-full']).optional(),
};

export const officeStoreChannels = {
  'officeStore:get': channel(z.object({}).strict(), '本单位数据库：当前选择（本机或 PostgreSQL，不含密码）').reads<OfficeStoreChoice>(),
  'officeStore:test': channel(z.object(server).strict(), '本单位数据库：测试 PostgreSQL 连接并查看数据库内容', {
    contactsServer: true,
  }).reads<ConnectionTestResult>(),
  'officeStore:save': channel(
    z.discriminatedUnion('engine', [
      z.object({ engine: z.literal('sqlite') }).strict(),
      z.object({ engine: z.literal('postgres'), ...server }).strict(),
    ]),
    '本单位数据库：保存选择（PostgreSQL 空库时初始化），重启后生效',
  ).writes<OfficeStoreSaved>(),
};
