import { openDatabase } from '../../db/open';
import type { HandlerContext } from '../../electron/handlers/context';
import { makeTempDir } from './temp';

export interface TestContext extends HandlerContext {
  events: { event: string; payload: unknown }[];
  opened: string[];
  cleanup(): void;
}

/** A handler context over a real temporary database file. */
export function makeTestContext(options: { now?: () => Date } = {}): TestContext {
  const temp = makeTempDir();
  const databasePath = temp.file('app.sqlite');
  const { db } = openDatabase(databasePath);
  const events: TestContext['events'] = [];
  const opened: string[] = [];
  return {
    db,
    databasePath,
    dataDir: temp.dir,
    appVersion: '0.0.0-test',
    now: options.now ?? (() => new Date()),
    emit: (event, payload) => events.push({ event, payload }),
    openExternal: async (url) => {
      opened.push(url);
    },
    events,
    opened,
    cleanup: () => {
      db.close();
      temp.cleanup();
    },
  };
}
