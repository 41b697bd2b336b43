import { copyFileSync } from 'node:fs';
import type { Database } from '../../../db/engine';

/** A byte copy of a checkpointed database as the starting point of one property run. */
export function backupDatabase(db: Database, to: string, from?: string): void {
  if (from) {
    copyFileSync(from, to);
    return;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(db.name, to);
}
