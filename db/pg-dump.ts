import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { AppError } from '../shared/errors';
import { appTables } from './copy/store-schema';
import { connectPostgres } from './open-store';
import { displayLocation } from './store-display';

type PgTool = 'pg_dump' | 'pg_restore';

/** `tool` on PATH, else in the newest /usr/lib/postgresql/<major>/bin (Debian keeps it there), else STORE_PG_DUMP_MISSING. */
export function findPgTool(tool: PgTool, searchPath = process.env.PATH ?? '', libRoot = '/usr/lib/postgresql'): string {
  for (const folder of searchPath.split(delimiter).filter(Boolean)) {
    const candidate = join(folder, tool);
    if (existsSync(candidate)) return candidate;
  }
  const majors = existsSync(libRoot) ? readdirSync(libRoot).filter((name) => /^\d+$/.test(name)) : [];
  for (const major of majors.sort((a, b) => Number(b) - Number(a))) {
    const candidate = join(libRoot, major, 'bin', tool);
    if (existsSync(candidate)) return candidate;
  }
  throw new AppError('STORE_PG_DUMP_MISSING', { tool });
}

/**
 * The URL without its password, and the environment carrying it: the password goes to the child as PGPASSWORD, never
 * on its command line (which every user of the machine can read). Without one in the URL, pg's own PGPASSWORD or
 * ~/.pgpass apply as they would for the app.
 */
function connectionFor(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  return { url: parsed.toString(), env };
}

function runTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv, target: string): void {
  const result = spawnSync(findPgTool(tool), args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error || result.status !== 0) {
    const reason = (result.stderr || result.error?.message || `exit ${result.status}`).trim().split('\n').slice(0, 5).join(' ');
    throw new AppError('STORE_PG_TOOL_FAILED', { tool, target, reason });
  }
}

/** `db backup` of a PostgreSQL store: pg_dump's custom format (compressed, restorable with pg_restore). */
export function dumpPostgresStore(url: string, outPath: string): { path: string; format: 'pg_dump-custom' } {
  if (existsSync(outPath)) throw new AppError('BACKUP_EXISTS', { path: outPath });
  const db = connectPostgres(url);
  try {
    if (db.schemaVersion() === 0) throw new AppError('STORE_NOT_INITIALISED', { target: displayLocation(url) });
  } finally {
    db.close();
  }
  const connection = connectionFor(url);
  runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${outPath}`, `--dbname=${connection.url}`], connection.env, displayLocation(url));
  return { path: outPath, format: 'pg_dump-custom' };
}

/** Restores a pg_dump file into `url`, which must hold no table at all (STORE_NOT_EMPTY): nothing is overwritten. */
export function restorePostgresStore(dumpPath: string, url: string): void {
  if (!existsSync(dumpPath)) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_DATABASE_FILE', file: dumpPath });
  const db = connectPostgres(url);
  try {
    const tables = [...(db.schemaVersion() > 0 ? ['schema_migrations'] : []), ...appTables(db)];
    if (tables.length > 0) throw new AppError('STORE_NOT_EMPTY', { target: displayLocation(url), tables: tables.slice(0, 5).join(', ') });
  } finally {
    db.close();
  }
  const connection = connectionFor(url);
  runTool(
    'pg_restore',
    ['--no-owner', '--exit-on-error', '--single-transaction', `--dbname=${connection.url}`, dumpPath],
    connection.env,
    displayLocation(url),
  );
}
