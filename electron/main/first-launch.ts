import { createDemoData } from '../../db/demo/generate';
import type { HandlerContext } from '../handlers/context';
import { createSignedDemoReport, type SignedDemoReport } from '../services/demo/signed-demo-report';
import { sharedPdfWorker } from '../services/pdf/shared-worker';

/** Long enough for main to configure the PDF worker and show the window before the demo report starts. */
const DEMO_REPORT_DELAY_MS = 1500;

export interface FirstLaunch {
  /** The demo's signed sheet, produced in the background; null when it could not be made (logged, never thrown). */
  demoReport: Promise<SignedDemoReport | null>;
}

/**
 * Runs once, right after the database was created: the app opens on the demo data (演示数据, app_meta demo = 'true')
 * until the user sets up a real office or field profile, which starts from a fresh database. The demo's signed
 * report is laid out on the PDF worker after the window is up, so launch never waits for it.
 */
export function onFirstLaunch(ctx: HandlerContext, options: { demoReportDelayMs?: number; skipDemoReport?: boolean } = {}): FirstLaunch {
  ctx.db
    .prepare(`INSERT INTO app_meta (key, value) VALUES ('created_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
    .run(ctx.now().toISOString());
  createDemoData(ctx.db);
  if (options.skipDemoReport) return { demoReport: Promise.resolve(null) };
  const demoReport = new Promise<void>((resolve) => setTimeout(resolve, options.demoReportDelayMs ?? DEMO_REPORT_DELAY_MS))
    .then(() => createSignedDemoReport({ db: ctx.db, dataDir: ctx.dataDir, render: (model) => sharedPdfWorker().render(model), now: ctx.now }))
    .catch((error: unknown) => {
      console.warn('演示报告未能生成：', error instanceof Error ? error.message : error);
      return null;
    });
  return { demoReport };
}
