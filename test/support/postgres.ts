import { randomBytes } from 'node:crypto';
import { PgDatabase } from '../../db/engine/pg/pg-database';
import type { Database } from '../../db/engine';
import { openStore } from '../../db/open-store';
import type { OpenedDatabase } from '../../db/open';

/**
 * The throw-away PostgreSQL cluster .ci/run starts (scripts/pg-test-cluster.sh): SKILL_INSPECTOR_PG_URL names its
 * admin database. Suites run on both engines; PostgreSQL is left out only when SKILL_INSPECTOR_PG=off is set by
 * hand, never because the URL is missing (that fails loudly instead).
 */
export const postgresDisabled = process.env.SKILL_INSPECTOR_PG === 'off';

export function postgresAdminUrl(): string {
  const url = process.env.SKILL_INSPECTOR_PG_URL;
  if (!url) {
    throw new Error(
      'SKILL_INSPECTOR_PG_URL is not set: start a test cluster (eval "$(bash scripts/pg-test-cluster.sh start)") or set SKILL_INSPECTOR_PG=off',
    );
  }
  return url;
}

/** The engines a suite runs on: both, unless PostgreSQL was switched off by hand. */
export const testEngines: readonly ('sqlite' | 'postgres')[] = postgresDisabled ? ['sqlite'] : ['sqlite', 'postgres'];

/** The URL of database `name` on the test cluster. */
export function postgresUrlFor(name: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestPostgresDatabase {
  name: string;
  url: string;
  /** Drops the database (after closing every connection the test opened on it). */
  drop(): void;
}

/** A new, empty database on the test cluster, for one test or one file. */
export function createPostgresDatabase(prefix = 'si_test'): TestPostgresDatabase {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  withAdmin((admin) => admin.exec(`CREATE DATABASE ${name}`));
  return {
    name,
    url: postgresUrlFor(name),
    drop: () => withAdmin((admin) => admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** A migrated office store on a new PostgreSQL database, plus the means to drop it. */
export function openPostgresTestStore(): OpenedDatabase & { database: TestPostgresDatabase } {
  const database = createPostgresDatabase();
  try {
    return { ...openStore(database.url, { create: true }), database };
  } catch (error) {
    database.drop();
    throw error;
  }
}

function withAdmin(work: (admin: Database) => void): void {
  const admin = new PgDatabase(postgresAdminUrl());
  try {
    work(admin);
  } finally {
    admin.close();
  }
}
