import { mkdirSync } from 'node:fs';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { HandlerContext } from '../../../electron/handlers/context';
import { filingsOfYear, inspect, makeWorld, PIN, type Field, type Office } from './sync-fixtures';

export interface OfficeScenario {
  world: ReturnType<typeof makeWorld>;
  office: Office;
  /** The office app's handler context (its own data folder). */
  officeCtx: HandlerContext;
  /** laptop-01 (张三): two 2020 filings and one 2021 filing, the first sheet signed with the office certificate. */
  zhang: Field;
  /** laptop-02 (李四): the first 2020 filing again, so the office sees a conflict. */
  li: Field;
  filings: { renewal: number; renewal2: number; ongoing: number };
  bundles: { zhang: string; li: string };
  /** The signed sheet's file name inside laptop-01's reports/<inspectionId>/. */
  signedSheet: string;
}

async function ok<T>(ctx: HandlerContext, channel: string, args: unknown): Promise<T> {
  const result = await dispatch(ctx, channel, args);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Each laptop keeps its reports in its own data folder, as on real machines (the fixture's share one). */
function ownDataDir(world: ReturnType<typeof makeWorld>, field: Field): Field {
  const dataDir = world.temp.file(`data-${field.deviceKey}`);
  mkdirSync(dataDir, { recursive: true });
  return { ...field, ctx: { ...field.ctx, dataDir } };
}

/**
 * Two laptops' result bundles, made through the handlers as the app makes them: inspections, the sheet generated and
 * signed by the enrolled inspector (office-issued certificate), `sync:exportBundle`. Nothing is imported yet.
 */
export async function prepareOfficeScenario(): Promise<OfficeScenario> {
  const world = makeWorld();
  const office = world.office();
  const [renewal, renewal2] = filingsOfYear(office.db, 2020);
  const [ongoing] = filingsOfYear(office.db, 2021);
  if (renewal === undefined || renewal2 === undefined || ongoing === undefined) throw new Error('demo filings missing');

  const zhang = ownDataDir(world, world.field(office, 'laptop-01', '张三', [renewal, renewal2, ongoing]));
  const first = await inspect(zhang, renewal);
  await inspect(zhang, renewal2);
  await inspect(zhang, ongoing, { vetoYes: true });
  const sheet = await ok<{ file: string }>(zhang.ctx, 'reports:generate', { kind: 'sheet', inspectionId: first });
  await ok(zhang.ctx, 'reports:sign', { file: sheet.file, inspectionId: first, inspectorId: 'zhang', signerName: '张三', passphrase: PIN });
  const zhangBundle = world.temp.file('laptop-01-1.skb');
  await ok(zhang.ctx, 'sync:exportBundle', { path: zhangBundle, pin: PIN });

  const li = ownDataDir(world, world.field(office, 'laptop-02', '李四', [renewal]));
  await inspect(li, renewal, { date: '2023-09-06' });
  const liBundle = world.temp.file('laptop-02-1.skb');
  await ok(li.ctx, 'sync:exportBundle', { path: liBundle, pin: PIN });

  const officeData = world.temp.file('data-office');
  mkdirSync(officeData, { recursive: true });
  const officeCtx: HandlerContext = { ...zhang.ctx, db: office.db, databasePath: office.path, dataDir: officeData };
  return { world, office, officeCtx, zhang, li, filings: { renewal, renewal2, ongoing }, bundles: { zhang: zhangBundle, li: liBundle }, signedSheet: sheet.file };
}
