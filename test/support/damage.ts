import { readFileSync, writeFileSync } from 'node:fs';
import type { Database } from '../../db/engine';

/** Fills a database with enough pages that overwriting a few of them in the middle damages a b-tree. */
export function addFillerPages(db: Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS filler (t TEXT) STRICT`);
  const insert = db.prepare('INSERT INTO filler VALUES (?)');
  for (let i = 0; i < 500; i++) insert.run('x'.repeat(200));
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** What a failing disk or an interrupted copy does: garbage over pages 4–6 of a closed database file. */
export function damageFile(file: string): void {
  const bytes = readFileSync(file);
  bytes.fill(0xab, 4096 * 3, 4096 * 6);
  writeFileSync(file, bytes);
}
