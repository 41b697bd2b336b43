import type { Database, Engine } from './types';

export type { Database, Engine, RunResult, Statement, Transaction } from './types';

/** Marks a connection that is not better-sqlite3's; better-sqlite3's own Database carries no such field. */
export interface EngineTagged {
  readonly engine: Engine;
}

export function engineOf(db: Database): Engine {
  return (db as Partial<EngineTagged>).engine === 'postgres' ? 'postgres' : 'sqlite';
}

export const isPostgres = (db: Database): boolean => engineOf(db) === 'postgres';
