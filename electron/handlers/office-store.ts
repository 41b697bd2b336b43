import { isPostgres } from '../../db/engine';
import { openStore } from '../../db/open-store';
import { AppError } from '../../shared/errors';
import type { OfficeStoreChoice, officeStoreChannels } from '../../shared/ipc/channels/office-store';
import { refuseOnLaptop } from '../services/experts/office-only';
import { inspectPostgres } from '../services/office-store/inspect-database';
import { sealPassword } from '../services/office-store/secrets';
import {
  displayedLocation,
  LOCAL_STORE,
  postgresUrl,
  readOfficeStoreSettings,
  writeOfficeStoreSettings,
  type PgServer,
} from '../services/office-store/settings';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

function choiceOf(ctx: HandlerContext): OfficeStoreChoice {
  const settings = readOfficeStoreSettings(ctx.dataDir);
  const runningEngine = isPostgres(ctx.db) ? 'postgres' : 'sqlite';
  const keychainAvailable = ctx.secrets?.available() ?? false;
  if (settings.engine === 'sqlite') return { engine: 'sqlite', server: null, passwordSaved: false, keychainAvailable, runningEngine };
  const { host, port, database, user, sslmode } = settings;
  return {
    engine: 'postgres',
    server: { host, port, database, user, ...(sslmode ? { sslmode } : {}) },
    passwordSaved: settings.passwordSealed !== undefined,
    keychainAvailable,
    runningEngine,
  };
}

function serverOf(args: PgServer): PgServer {
  const { host, port, database, user, sslmode } = args;
  return { host, port, database, user, ...(sslmode ? { sslmode } : {}) };
}

/**
 * 本单位数据库 in 设置. Saving writes <dataDir>/office-store.json (never the password in clear: sealed by the OS keychain
 * or not kept at all) and takes effect at the next start, since every open context holds the current connection.
 * An empty PostgreSQL database is initialised here, so a wrong database name is seen before the restart; a database
 * from a newer version or another program is refused and nothing is saved.
 */
export const officeStoreHandlers: HandlersFor<typeof officeStoreChannels> = {
  'officeStore:get': (ctx) => choiceOf(ctx),
  'officeStore:test': (_ctx, args) => inspectPostgres(postgresUrl(serverOf(args), args.password), { connectTimeoutMs: 5_000 }),
  'officeStore:save': (ctx, args) => {
    // The store's place is the office's decision; a laptop keeps its SQLite file (issue 17: the only engine there).
    refuseOnLaptop(ctx.db);
    const wasPostgres = isPostgres(ctx.db);
    if (args.engine === 'sqlite') {
      writeOfficeStoreSettings(ctx.dataDir, LOCAL_STORE);
      return { choice: choiceOf(ctx), initialised: false, restartRequired: wasPostgres };
    }
    const server = serverOf(args);
    const url = postgresUrl(server, args.password);
    const { contents } = inspectPostgres(url, { connectTimeoutMs: 5_000 });
    if (contents.kind === 'newer') throw new AppError('DB_TOO_NEW', { version: contents.version, latest: contents.latest });
    if (contents.kind === 'foreign') throw new AppError('STORE_NOT_EMPTY', { target: displayedLocation(server), tables: contents.tables.join('、') });
    let initialised = false;
    if (contents.kind === 'empty') {
      openStore(url, { create: true }).db.close();
      initialised = true;
    }
    const passwordSealed = sealPassword(ctx.secrets, args.password);
    writeOfficeStoreSettings(ctx.dataDir, { engine: 'postgres', ...server, ...(passwordSealed ? { passwordSealed } : {}) });
    return { choice: choiceOf(ctx), initialised, restartRequired: true };
  },
};
