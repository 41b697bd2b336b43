import type { Database } from '../engine';
import { statement } from '../sql';

/** Keys the app keeps in app_meta. */
export const META_KEYS = {
  createdAt: 'created_at',
  /** 'true' while the database holds the generated demo data (演示数据). */
  demo: 'demo',
  demoSeed: 'demo_seed',
  /** The day the demo data's statuses are shown for (the demo is a snapshot of the 2023 assessment). */
  demoReferenceDate: 'demo_reference_date',
  /** File name (under <dataDir>/reports) of the demo's signed sheet, once it has been produced. */
  demoReport: 'demo_report',
  /** `${seq}:${hash}` of the newest audit entry, so deleting the tail of the log is detectable. */
  auditHead: 'audit_head',
} as const;

export function getMeta(db: Database, key: string): string | null {
  const row = statement<{ value: string }>(db, 'SELECT value FROM app_meta WHERE key = ?').get(key);
  return row ? row.value : null;
}

export function setMeta(db: Database, key: string, value: string): void {
  statement(db, 'INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function isDemoDatabase(db: Database): boolean {
  return getMeta(db, META_KEYS.demo) === 'true';
}
