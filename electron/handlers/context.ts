import type { Database } from '../../db/engine';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { PrintOutcome } from '../../shared/ipc/channels/report-files';
import type { StoreSecrets } from '../services/office-store/secrets';
import type { DatabaseSession } from './database-session';

/** A native file dialog's question; filters come from the fixed kinds in shared/ipc/channels/files.ts. */
export interface FileDialogRequest {
  title: string;
  filters: { name: string; extensions: string[] }[];
}

/** Everything a handler may use; tests build one over a temporary database. */
export interface HandlerContext {
  /** The session's current connection. Read it at each use and keep it in nothing that outlives the call. */
  readonly db: Database;
  /** Owns the connection; app:restoreBackup and app:startFresh swap the file only through it. */
  readonly database: DatabaseSession;
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
  /** The system “open file” dialog on the main window; null when cancelled. Scripted in tests and the harness. */
  chooseOpenFile?(request: FileDialogRequest): Promise<string | null>;
  /** The system “save as” dialog on the main window; null when cancelled. */
  chooseSaveFile?(request: FileDialogRequest & { defaultName: string }): Promise<string | null>;
  /** Prints a PDF through the system print dialog (electron/main/print-pdf.ts); absent in tests and the harness. */
  printPdf?(path: string): Promise<PrintOutcome>;
  /** Seals the office store's PostgreSQL password (electron/main: safeStorage); absent = never stored. */
  secrets?: StoreSecrets;
}

/** What a context holds besides its connection. */
export type HandlerServices = Omit<HandlerContext, 'db' | 'database'>;

/** A context whose `db` is always the session's current connection (see DatabaseSession). */
export function createHandlerContext(database: DatabaseSession, services: HandlerServices): HandlerContext {
  const context = { ...services, database } as HandlerContext;
  return Object.defineProperty(context, 'db', { get: () => database.current(), enumerable: true });
}

/**
 * A copy of a context with some services replaced, sharing its session. Use this, never `{ ...ctx }`: a spread
 * copies the connection of the moment, which a later restore would leave closed in the copy.
 */
export function deriveHandlerContext(base: HandlerContext, overrides: Partial<HandlerServices>): HandlerContext {
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(base), ...Object.getOwnPropertyDescriptors(overrides) }) as HandlerContext;
}
