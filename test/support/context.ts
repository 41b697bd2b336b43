import { openDatabase } from '../../db/open';
import { createHandlerContext, type HandlerContext } from '../../electron/handlers/context';
import { sessionOverFile } from '../../electron/handlers/database-session';
import { scriptedDialogs, type ScriptedDialogs } from '../harness/scripted-dialogs';
import { makeTempDir } from './temp';

export interface TestContext extends HandlerContext {
  events: { event: string; payload: unknown }[];
  opened: string[];
  /** The file dialogs: set the next answer with `dialogs.answerNext(path, 'open' | 'save')`; see what was asked in `dialogs.shown`. */
  dialogs: ScriptedDialogs;
  cleanup(): void;
}

/** A handler context over a real temporary database file. */
export function makeTestContext(options: { now?: () => Date } = {}): TestContext {
  const temp = makeTempDir();
  const databasePath = temp.file('app.sqlite');
  const { db } = openDatabase(databasePath, { create: true });
  const events: TestContext['events'] = [];
  const opened: string[] = [];
  const dialogs = scriptedDialogs();
  const database = sessionOverFile(db, { databasePath });
  const ctx = createHandlerContext(database, {
    databasePath,
    dataDir: temp.dir,
    appVersion: '0.0.0-test',
    now: options.now ?? (() => new Date()),
    emit: (event, payload) => events.push({ event, payload }),
    openExternal: async (url) => {
      opened.push(url);
    },
    chooseOpenFile: dialogs.chooseOpenFile,
    chooseSaveFile: dialogs.chooseSaveFile,
  });
  // The session's connection, which app:restoreBackup and app:startFresh may have replaced since.
  const cleanup = (): void => {
    database.close();
    temp.cleanup();
  };
  return Object.assign(ctx, { events, opened, dialogs, cleanup });
}
