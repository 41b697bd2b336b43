import type { HandlerContext } from '../handlers/context';

/** Runs once, right after the database was created. The store issue fills the demo data here. */
export function onFirstLaunch(ctx: HandlerContext): void {
  ctx.db.prepare(`INSERT OR REPLACE INTO app_meta (key, value) VALUES ('created_at', ?)`).run(ctx.now().toISOString());
}
