import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { openDatabase } from '../../db/open';
import { createHandlerContext } from '../../electron/handlers/context';
import { sessionOverFile } from '../../electron/handlers/database-session';
import { onFirstLaunch } from '../../electron/main/first-launch';
import { startBridgeServer } from './bridge-server';
import { scriptedDialogs } from './scripted-dialogs';

// `npm run dev:web`: the app in a browser where Electron cannot be downloaded. Loopback only.
const root = resolve(import.meta.dirname, '../..');
const dataDir = resolve(process.env.SKILL_INSPECTOR_DATA ?? join(root, '.dev-data'));
mkdirSync(dataDir, { recursive: true });
const databasePath = join(dataDir, 'skill-inspector.sqlite');
// No native dialogs in a browser: “open” picks the newest file of an offered type in this folder, “save as” writes
// there under the suggested name (README: browser harness).
const dialogDir = resolve(process.env.SKILL_INSPECTOR_DIALOG_DIR ?? join(dataDir, 'dialog'));
const dialogs = scriptedDialogs({ folder: dialogDir });
const opened = openDatabase(databasePath, { create: true });
const database = sessionOverFile(opened.db, { databasePath, dataDir });
const ctx = createHandlerContext(database, {
  databasePath,
  dataDir,
  appVersion: 'dev',
  now: () => new Date(),
  emit: () => {},
  openExternal: async (url) => {
    console.log(`(would open in the system browser) ${url}`);
  },
  chooseOpenFile: dialogs.chooseOpenFile,
  chooseSaveFile: dialogs.chooseSaveFile,
});
if (opened.created) onFirstLaunch(ctx);

await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
const server = await startBridgeServer({ ctx, rendererDir: join(root, 'out/renderer'), port: Number(process.env.PORT ?? 5174) });
console.log(`技能评价现场核查 (browser harness) — database: ${databasePath}`);
console.log(`File dialogs answer from: ${dialogDir} (put files to import there; exports are written there)`);
console.log(`Open: ${server.pageUrl}`);
console.log('Ctrl+C to stop.');
process.on('SIGINT', () => {
  void server.close().then(() => {
    database.close();
    process.exit(0);
  });
});
