import { createDemoData } from '../../db/demo/generate';
import type { HandlerContext } from '../handlers/context';

/**
 * Runs once, right after the database was created: the app opens on the demo data (演示数据, app_meta demo = 'true')
 * until the user sets up a real office or field profile, which starts from a fresh database.
 */
export function onFirstLaunch(ctx: HandlerContext): void {
  ctx.db.prepare(`INSERT OR REPLACE INTO app_meta (key, value) VALUES ('created_at', ?)`).run(ctx.now().toISOString());
  createDemoData(ctx.db);
}
