import { mkdirSync } from 'node:fs';
import type { HandlerContext } from '../../../electron/handlers/context';
import { scriptedDialogs, type ScriptedDialogs } from '../../harness/scripted-dialogs';
import { chooseByDialog } from '../../support/dialog-grants';
import { callOk } from '../../support/handler-calls';
import { filingsOfYear, inspect, KEY_PASSPHRASE, makeWorld, type Field, type Office } from './sync-fixtures';

/** A laptop as the app runs it: its own data folder and file dialogs (scripted). */
export interface Laptop extends Field {
  dialogs: ScriptedDialogs;
}

export interface OfficeScenario {
  world: ReturnType<typeof makeWorld>;
  office: Office;
  /** The office app's handler context (its own data folder); paths reach it only through `officeDialogs`. */
  officeCtx: HandlerContext;
  /** The office window's file dialogs: `officeDialogs.answerNext(path, 'open' | 'save')` before a dialog is asked. */
  officeDialogs: ScriptedDialogs;
  /** laptop-01 (张三): two 2020 filings and one 2021 filing, the first sheet signed with the office certificate. */
  zhang: Laptop;
  /** laptop-02 (李四): the first 2020 filing again, so the office sees a conflict. */
  li: Laptop;
  filings: { renewal: number; renewal2: number; ongoing: number };
  bundles: { zhang: string; li: string };
  /** The signed sheet's file name inside laptop-01's reports/<inspectionId>/. */
  signedSheet: string;
}

/** Each laptop keeps its reports in its own data folder, as on real machines (the fixture's share one). */
function asLaptop(world: ReturnType<typeof makeWorld>, field: Field): Laptop {
  const dataDir = world.temp.file(`data-${field.deviceKey}`);
  mkdirSync(dataDir, { recursive: true });
  const dialogs = scriptedDialogs();
  return { ...field, dialogs, ctx: { ...field.ctx, dataDir, chooseOpenFile: dialogs.chooseOpenFile, chooseSaveFile: dialogs.chooseSaveFile } };
}

/** 导出结果包 as the window does it: the save dialog names the place, then sync:exportBundle writes there. */
async function exportBundleByDialog(laptop: Laptop, path: string): Promise<void> {
  const target = await chooseByDialog(laptop.ctx, laptop.dialogs, 'save', 'sync-bundle', path);
  await callOk(laptop.ctx, 'sync:exportBundle', { path: target, keyPassphrase: KEY_PASSPHRASE });
}

/**
 * Two laptops' result bundles, made through the handlers as the app makes them: inspections, the sheet generated and
 * signed by the enrolled inspector (office-issued certificate), the save dialog, `sync:exportBundle`. Nothing is
 * imported yet.
 */
export async function prepareOfficeScenario(): Promise<OfficeScenario> {
  const world = makeWorld();
  const office = world.office();
  const [renewal, renewal2] = filingsOfYear(office.db, 2020);
  const [ongoing] = filingsOfYear(office.db, 2021);
  if (renewal === undefined || renewal2 === undefined || ongoing === undefined) throw new Error('demo filings missing');

  const zhang = asLaptop(world, world.field(office, 'laptop-01', '张三', [renewal, renewal2, ongoing]));
  const first = await inspect(zhang, renewal);
  await inspect(zhang, renewal2);
  await inspect(zhang, ongoing, { vetoYes: true });
  const sheet = await callOk<{ file: string }>(zhang.ctx, 'reports:generate', { kind: 'sheet', inspectionId: first });
  await callOk(zhang.ctx, 'reports:sign', {
    file: sheet.file,
    inspectionId: first,
    inspectorId: 'zhang',
    signerName: '张三',
    passphrase: KEY_PASSPHRASE,
  });
  const zhangBundle = world.temp.file('laptop-01-1.skb');
  await exportBundleByDialog(zhang, zhangBundle);

  const li = asLaptop(world, world.field(office, 'laptop-02', '李四', [renewal]));
  await inspect(li, renewal, { date: '2023-09-06' });
  const liBundle = world.temp.file('laptop-02-1.skb');
  await exportBundleByDialog(li, liBundle);

  const officeData = world.temp.file('data-office');
  mkdirSync(officeData, { recursive: true });
  const officeDialogs = scriptedDialogs();
  const officeCtx: HandlerContext = {
    ...zhang.ctx,
    db: office.db,
    databasePath: office.path,
    dataDir: officeData,
    chooseOpenFile: officeDialogs.chooseOpenFile,
    chooseSaveFile: officeDialogs.chooseSaveFile,
  };
  return {
    world,
    office,
    officeCtx,
    officeDialogs,
    zhang,
    li,
    filings: { renewal, renewal2, ongoing },
    bundles: { zhang: zhangBundle, li: liBundle },
    signedSheet: sheet.file,
  };
}
