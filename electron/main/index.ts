import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import { openDatabase } from '../../db/open';
import { createHandlerContext } from '../handlers/context';
import { DatabaseSession, sessionOverFile } from '../handlers/database-session';
import { createMainWindow } from './create-window';
import { nativeFileChoosers } from './file-dialogs';
import { installSessionGuards } from './guards';
import { registerIpc } from './ipc';
import { electronNativeBinding } from './native-binding';
import { appSchemePrivileges, registerAppProtocol } from './protocol';
import { isAllowedExternalUrl } from './security';
import { onFirstLaunch } from './first-launch';
import { openWithRestore } from './open-with-restore';
import { openOfficeStore, STORE_FAILURE_CHOICES, storeFailureDialog, type OfficeStoreOutcome } from './open-office-store';
import { safeStorageSecrets } from '../services/office-store/secrets';
import { askToRestore } from './restore-dialog';
import { printPdf } from './print-pdf';
import { resolveFontDir } from '../services/pdf/fonts';
import { configurePdfWorker, stopPdfWorker } from '../services/pdf/shared-worker';
import { defaultWorkerEntry } from '../services/pdf/worker-client';
import { configureSafeStorage } from '../services/sync/secret-store';

// Must run before the app is ready.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();

const appRoot = app.getAppPath();
let mainWindow: BrowserWindow | null = null;

function openExternalSafely(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

async function openWithSystemViewer(path: string): Promise<void> {
  const problem = await shell.openPath(path);
  if (problem) throw new Error(problem);
}

function createWindow(): BrowserWindow {
  return createMainWindow({ BrowserWindow, preloadPath: join(appRoot, 'out', 'preload', 'index.cjs'), openExternal: openExternalSafely });
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = app.getPath('userData');
  // The laptop's office-issued key is kept under the OS keychain where it really encrypts (else under the PIN).
  configureSafeStorage(safeStorage);
  const databasePath = join(dataDir, 'skill-inspector.sqlite');
  const nativeBinding = electronNativeBinding({
    appRoot,
    isPackaged: app.isPackaged,
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  // The office store's PostgreSQL password is sealed by the same keychain; without one it is never stored.
  const secrets = safeStorageSecrets(safeStorage);
  let outcome: OfficeStoreOutcome;
  try {
    outcome = openOfficeStore({
      dataDir,
      secrets,
      environmentPassword: process.env.PGPASSWORD,
      openLocal: () =>
        openWithRestore({
          databasePath,
          dataDir,
          nativeBinding,
          // The app makes its database on first launch (then fills it with the demo); the CLI only with db migrate.
          open: () => openDatabase(databasePath, { nativeBinding, dataDir, create: true }),
          chooseBackup: (problem, backups) => askToRestore(dialog, problem, backups),
        }),
      askOnFailure: (problem, location) => STORE_FAILURE_CHOICES[dialog.showMessageBoxSync(storeFailureDialog(problem, location))] ?? 'quit',
    });
  } catch (error) {
    dialog.showErrorBox('无法打开数据库', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  if (outcome.kind === 'declined') {
    app.exit(1);
    return;
  }
  const { opened } = outcome;
  // On PostgreSQL there is no file to swap: the session refuses swaps (STORE_SQLITE_ONLY) and reconnects on failure.
  const database =
    outcome.engine === 'postgres'
      ? new DatabaseSession(opened.db, () => outcome.reopen().db)
      : sessionOverFile(opened.db, { databasePath, dataDir, nativeBinding });
  const ctx = createHandlerContext(database, {
    databasePath,
    dataDir,
    nativeBinding,
    appVersion: app.getVersion(),
    now: () => new Date(),
    emit: (event, payload) => mainWindow?.webContents.send(`event:${event}`, payload),
    openExternal: (url) => shell.openExternal(url),
    // Only files main itself wrote into dataDir (imported signed PDFs, exported summaries) are handed to the viewer.
    openPath: openWithSystemViewer,
    // Native dialogs on the main window; import/export then accept only the paths chosen here (granted-paths.ts).
    ...nativeFileChoosers(dialog, () => mainWindow),
    secrets,
    printPdf: (path) =>
      printPdf(path, {
        BrowserWindow,
        openPath: openWithSystemViewer,
        wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      }),
  });
  if (opened.created) onFirstLaunch(ctx);
  // Reports are built on a worker thread so the window never freezes; fonts ship as extraResources when packaged.
  configurePdfWorker({ entry: defaultWorkerEntry(), fontDir: resolveFontDir(), codeCacheDir: join(dataDir, 'code-cache') });
  installSessionGuards(session.defaultSession);
  registerAppProtocol(protocol, join(appRoot, 'out', 'renderer'));
  registerIpc(ipcMain, ctx);
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('before-quit', () => {
    void stopPdfWorker();
    // The session's connection, not opened.db: app:restoreBackup and app:startFresh replace it.
    database.close();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  void start();
}
