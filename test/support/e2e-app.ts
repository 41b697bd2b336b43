import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createDemoData } from '../../db/demo/generate';
import { openDatabase } from '../../db/open';
import { createHandlerContext, type HandlerContext } from '../../electron/handlers/context';
import { sessionOverFile } from '../../electron/handlers/database-session';
import type { StoreSecrets } from '../../electron/services/office-store/secrets';
import { startBridgeServer, type BridgeServer } from '../harness/bridge-server';
import { scriptedDialogs, type ScriptedDialogs } from '../harness/scripted-dialogs';
import { makeTempDir } from './temp';

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

/** The app as an inspector's laptop has it: a database file with the demo data, served by the browser harness. */
export interface E2eApp {
  ctx: HandlerContext;
  server: BridgeServer;
  dataDir: string;
  databasePath: string;
  /** The window's file dialogs: `dialogs.answerNext(path, 'open' | 'save')` before clicking a button that opens one. */
  dialogs: ScriptedDialogs;
  /** Closes the bridge and the database, as a crash or forced close would, then opens both again on the same file. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

function contextFor(databasePath: string, dataDir: string, dialogs: ScriptedDialogs, secrets?: StoreSecrets): HandlerContext {
  const { db } = openDatabase(databasePath, { create: true });
  return createHandlerContext(sessionOverFile(db, { databasePath, dataDir }), {
    databasePath,
    dataDir,
    appVersion: '0.0.0-e2e',
    now: () => new Date(),
    emit: () => {},
    openExternal: async () => {},
    chooseOpenFile: dialogs.chooseOpenFile,
    chooseSaveFile: dialogs.chooseSaveFile,
    ...(secrets ? { secrets } : {}),
  });
}

/** `secrets` stands in for the OS keychain (fixedKeyTestSecrets); without it the app has none, as on a PC without one. */
export async function startE2eApp(options: { demo?: boolean; secrets?: StoreSecrets } = {}): Promise<E2eApp> {
  const temp = makeTempDir();
  const databasePath = temp.file('app.sqlite');
  const dialogs = scriptedDialogs();
  let ctx = contextFor(databasePath, temp.dir, dialogs, options.secrets);
  if (options.demo !== false) createDemoData(ctx.db);
  let server = await startBridgeServer({ ctx, rendererDir: RENDERER_DIR });
  const app: E2eApp = {
    get ctx() {
      return ctx;
    },
    get server() {
      return server;
    },
    dataDir: temp.dir,
    databasePath,
    dialogs,
    async restart() {
      await server.close();
      ctx.database.close();
      ctx = contextFor(databasePath, temp.dir, dialogs, options.secrets);
      server = await startBridgeServer({ ctx, rendererDir: RENDERER_DIR });
    },
    async close() {
      await server.close();
      ctx.database.close();
      temp.cleanup();
    },
  };
  return app;
}

/** The demo filing with the most occupations and batches: every sampling rule has something to draw. */
export function richestDemoFiling(ctx: HandlerContext): { filingId: number; institutionId: number; filingNo: string; name: string } {
  const row = ctx.db
    .prepare(
      `SELECT f.id AS filingId, f.institution_id AS institutionId, f.filing_no AS filingNo, f.listed_name AS name
       FROM filings f JOIN batches b ON b.filing_id = f.id
       WHERE f.filing_year IN (2020, 2021)
       GROUP BY f.id ORDER BY count(DISTINCT b.filed_occupation_id) DESC, count(DISTINCT b.level) DESC, count(*) DESC, f.id LIMIT 1`,
    )
    .get() as { filingId: number; institutionId: number; filingNo: string; name: string } | undefined;
  if (!row) throw new Error('demo data has no filing with batches');
  return row;
}

const axeSource = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core on the current page; returns the serious and critical violations (ids and the first targets). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the app's CSP (script-src 'self') rightly refuses an inline <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }
    ).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => JSON.stringify(n.target))
            .join(' ')}`,
      );
  });
}
