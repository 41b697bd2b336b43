import type { OpenedDatabase } from '../../db/open';
import { openStore } from '../../db/open-store';
import { openSealedPassword, type StoreSecrets } from '../services/office-store/secrets';
import {
  displayedLocation,
  LOCAL_STORE,
  postgresUrl,
  readOfficeStoreSettings,
  writeOfficeStoreSettings,
  type PostgresStoreSettings,
} from '../services/office-store/settings';
import type { OpenOutcome } from './open-with-restore';

/** What the user chose when the office's PostgreSQL store could not be opened at start. */
export type StoreFailureChoice = 'retry' | 'local' | 'quit';

export interface OpenOfficeStoreDeps {
  dataDir: string;
  secrets?: StoreSecrets;
  /** The local SQLite file, with its damaged-file / restore questions (openWithRestore). */
  openLocal(): OpenOutcome;
  /** Shows why PostgreSQL could not be opened and asks 重试 / 改用本机数据库 / 退出. */
  askOnFailure(problem: string, location: string): StoreFailureChoice;
  /** Where pg looks for a password the keychain does not hold (PGPASSWORD); read only when nothing was sealed. */
  environmentPassword?: string;
  openPostgres?(url: string): OpenedDatabase;
}

export type OfficeStoreOutcome =
  | (OpenOutcome & { engine: 'sqlite' })
  | {
      kind: 'opened';
      engine: 'postgres';
      opened: OpenedDatabase;
      /** The address without its password, for the window and messages. */
      location: string;
      /** Connects again with the same settings and password (the session's reopen). */
      reopen(): OpenedDatabase;
    };

/**
 * Opens the store office-store.json names. PostgreSQL gets the password sealed in the keychain (or PGPASSWORD); a
 * failure never falls back silently — the user retries, switches this PC back to its local file, or quits. A broken
 * settings file is a failure too: opening the local file instead would hide that the office's data is elsewhere.
 */
export function openOfficeStore(deps: OpenOfficeStoreDeps): OfficeStoreOutcome {
  const openPostgres = deps.openPostgres ?? ((url: string) => openStore(url, { dataDir: deps.dataDir }));
  for (;;) {
    let settings: PostgresStoreSettings;
    try {
      const read = readOfficeStoreSettings(deps.dataDir);
      if (read.engine === 'sqlite') return { ...deps.openLocal(), engine: 'sqlite' };
      settings = read;
    } catch (error) {
      const choice = deps.askOnFailure(`本单位数据库设置文件 office-store.json 无法读取：${messageOf(error)}`, deps.dataDir);
      if (choice === 'quit') return { kind: 'declined', problem: messageOf(error), engine: 'sqlite' };
      if (choice === 'local') writeOfficeStoreSettings(deps.dataDir, LOCAL_STORE);
      continue;
    }
    const password = openSealedPassword(deps.secrets, settings.passwordSealed) ?? deps.environmentPassword ?? null;
    const location = displayedLocation(settings);
    try {
      const url = postgresUrl(settings, password);
      return { kind: 'opened', engine: 'postgres', opened: openPostgres(url), location, reopen: () => openPostgres(url) };
    } catch (error) {
      const choice = deps.askOnFailure(messageOf(error), location);
      if (choice === 'quit') return { kind: 'declined', problem: messageOf(error), engine: 'sqlite' };
      if (choice === 'local') writeOfficeStoreSettings(deps.dataDir, LOCAL_STORE);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The start-up question, in the words an office clerk reads (electron dialog.showMessageBoxSync's options). */
export function storeFailureDialog(problem: string, location: string) {
  return {
    type: 'error' as const,
    title: '无法打开本单位数据库',
    message: `无法连接本单位数据库（PostgreSQL）：${location}`,
    detail: `${problem}\n\n可以检查网络和数据库服务器后重试；也可以改用这台电脑上的本机数据库（PostgreSQL 上的数据不受影响，以后可在“设置 → 本单位数据库”中重新选择）。`,
    buttons: ['重试', '改用本机数据库', '退出'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

export const STORE_FAILURE_CHOICES: readonly StoreFailureChoice[] = ['retry', 'local', 'quit'];
