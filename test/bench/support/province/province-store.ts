import type { Database } from '../../../../db/engine';
import { openStore } from '../../../../db/open-store';
import { makeTempDir } from '../../../support/temp';
import { createPostgresDatabase, postgresAdminUrl } from '../../../support/postgres';

export type BenchEngine = 'sqlite' | 'postgres';

export interface ProvinceStore {
  engine: BenchEngine;
  db: Database;
  /** Scratch folder for the laptop's database and the bundle's data dir (both engines' laptops are SQLite). */
  temp: ReturnType<typeof makeTempDir>;
  close(): void;
}

/** A new, empty office store on `engine`, opened by openStore as the app opens it: a temp file, or a fresh PG database. */
export function openProvinceStore(engine: BenchEngine): ProvinceStore {
  const temp = makeTempDir('province-bench-');
  if (engine === 'sqlite') {
    const { db } = openStore(temp.file('office.sqlite'), { create: true });
    return { engine, db, temp, close: () => (db.close(), temp.cleanup()) };
  }
  postgresAdminUrl(); // fails with the setup hint when SKILL_INSPECTOR_PG_URL is missing
  const database = createPostgresDatabase('si_bench');
  try {
    const { db } = openStore(database.url, { create: true });
    return {
      engine,
      db,
      temp,
      close: () => {
        db.close();
        database.drop();
        temp.cleanup();
      },
    };
  } catch (error) {
    database.drop();
    temp.cleanup();
    throw error;
  }
}
