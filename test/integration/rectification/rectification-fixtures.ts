import { openDatabase } from '../../../db/open';
import { createHandlerContext, type HandlerContext } from '../../../electron/handlers/context';
import { sessionOverFile } from '../../../electron/handlers/database-session';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { unlockOffice } from '../../../electron/services/sync/office/office-keys';
import { backupDatabase } from '../sync/backup-copy';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, PASSPHRASE, type Field, type Office } from '../sync/sync-fixtures';

/** The three inspections of the laptop's bundle: two whose outcome orders rectification (R-YQ-06), one clean. */
export interface RectificationWorld {
  world: ReturnType<typeof makeWorld>;
  office: Office;
  laptop: Field;
  /** The office database before the import (copied for each test). */
  template: string;
  bundle: Buffer;
  filings: { deferred: number; suspended: number; clean: number };
}

/** One laptop inspects: a 2020 filing with 审计问题整改不到位 (defer), a 2021 filing 评估结果不达标准 (suspend), a clean 2020 one. */
export async function prepareRectificationWorld(): Promise<RectificationWorld> {
  const world = makeWorld();
  const office = world.office();
  const [deferred, clean] = filingsOfYear(office.db, 2020);
  const [suspended] = filingsOfYear(office.db, 2021);
  if (deferred === undefined || clean === undefined || suspended === undefined) throw new Error('demo filings missing');
  const laptop = world.field(office, 'laptop-01', '张三', [deferred, suspended, clean]);
  await inspect(laptop, deferred, { context: { auditFindingsNotRectified: true } });
  await inspect(laptop, suspended, { date: '2023-09-06', context: { filingYear: 2021, resultBelowStandard: true } });
  await inspect(laptop, clean, { date: '2023-09-07' });
  const bundle = exportBundle(world, laptop, 'laptop-01.skb');
  const template = world.temp.file('office-template.sqlite');
  backupDatabase(office.db, template);
  return { world, office, laptop, template, bundle, filings: { deferred, suspended, clean } };
}

/** A fresh copy of the office database with the bundle imported, and the office app's handler context over it. */
export function officeWithImport(setup: RectificationWorld, name: string): { ctx: HandlerContext; close: () => void } {
  const path = setup.world.temp.file(name);
  backupDatabase(setup.office.db, path, setup.template);
  const { db } = openDatabase(path);
  importBundle(db, setup.bundle, unlockOffice(db, PASSPHRASE), NOW);
  const ctx = createHandlerContext(sessionOverFile(db, { databasePath: path }), {
    databasePath: path,
    dataDir: setup.world.temp.dir,
    appVersion: 'test',
    now: () => NOW,
    emit: () => undefined,
    openExternal: async () => undefined,
  });
  return { ctx, close: () => db.close() };
}
