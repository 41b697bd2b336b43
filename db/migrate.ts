import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors';
import type { Migration } from './migrations/types';

export interface MigrationReport {
  from: number;
  to: number;
  applied: string[];
}

export function readUserVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database written by a newer app: its schema is unknown to us and writing could damage it. */
export function assertNotNewer(version: number, latest: number): void {
  if (version > latest) {
    throw new AppError('DB_TOO_NEW', { version, latest });
  }
}

/** Applies every pending migration in one transaction, so a failure leaves the database as it was. */
export function migrate(db: Database, migrations: readonly Migration[]): MigrationReport {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${index + 1}`);
  });
  const latest = migrations.length;
  const from = readUserVersion(db);
  assertNotNewer(from, latest);
  const pending = migrations.slice(from);
  if (pending.length === 0) return { from, to: from, applied: [] };
  db.transaction(() => {
    for (const m of pending) m.up(db);
    // user_version cannot be a bound parameter; latest is our own integer.
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from, to: latest, applied: pending.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}`) };
}
