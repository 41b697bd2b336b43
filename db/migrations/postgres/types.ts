/**
 * One schema step on PostgreSQL: the same version and name as the SQLite migration it mirrors (db/migrations/), with
 * that step's DDL written for PostgreSQL. Literal SQL, frozen once released, exactly like its SQLite twin; the
 * engines' schemas are compared after every version (test/integration/db/postgres/schema-parity.test.ts).
 */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}
