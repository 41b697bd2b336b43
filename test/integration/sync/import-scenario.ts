import { readFileSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../../../db/open';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { unlockOffice } from '../../../electron/services/sync/office/office-keys';
import { syncStateHash } from '../../../electron/services/sync/office/state-hash';
import { backupDatabase } from './backup-copy';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, PASSPHRASE } from './sync-fixtures';

export interface ImportScenario {
  world: ReturnType<typeof makeWorld>;
  /** The office database before the import, as a file to copy for each run. */
  template: string;
  bundlePath: string;
  /** syncStateHash of the office database before and after an uninterrupted import. */
  beforeHash: string;
  afterHash: string;
}

/** One laptop's bundle of four signed inspections and the office database it goes into (crash tests). */
export async function prepareImportScenario(): Promise<ImportScenario> {
  const world = makeWorld();
  const office = world.office();
  const filings = filingsOfYear(office.db, 2020);
  const field = world.field(office, 'laptop-01', '张三', filings.slice(0, 4));
  for (const filing of filings.slice(0, 4)) await inspect(field, filing);
  const bundlePath = world.temp.file('b.skb');
  writeFileSync(bundlePath, exportBundle(world, field, 'b-copy.skb'));
  const template = world.temp.file('template.sqlite');
  backupDatabase(office.db, template);
  const beforeHash = syncStateHash(office.db);
  const after = world.temp.file('after.sqlite');
  backupDatabase(office.db, after, template);
  const { db } = openDatabase(after, { create: true });
  importBundle(db, readFileSync(bundlePath), unlockOffice(db, PASSPHRASE), NOW);
  const afterHash = syncStateHash(db);
  db.close();
  return { world, template, bundlePath, beforeHash, afterHash };
}
