import type { Database } from 'better-sqlite3';
import type { EventName, EventPayload } from '../../shared/ipc/contract';

/** Everything a handler may use; tests build one over a temporary database. */
export interface HandlerContext {
  db: Database;
  databasePath: string;
  /** Folder for files the app keeps beside its database (backups, evidence, reports). */
  dataDir: string;
  /** Electron-ABI build of the SQLite driver (see electron/main/native-binding.ts), for connections opened later. */
  nativeBinding?: string;
  appVersion: string;
  now(): Date;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Opens a URL in the system browser; only called after the allowlist said yes. */
  openExternal(url: string): Promise<void>;
  /** Opens a file the app wrote into dataDir with the system viewer (Electron shell.openPath); absent in the harness. */
  openPath?(path: string): Promise<void>;
}
