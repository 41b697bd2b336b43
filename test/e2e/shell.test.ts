import { request } from 'node:http';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridgeServer, type BridgeServer } from '../harness/bridge-server';
import { launchBrowser, openAppPage, screenshot } from '../support/browser';
import { makeTestContext, type TestContext } from '../support/context';

let ctx: TestContext;
let server: BridgeServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  ctx = makeTestContext();
  server = await startBridgeServer({ ctx, rendererDir: resolve(import.meta.dirname, '../../out/renderer') });
  browser = await launchBrowser();
  page = await openAppPage(browser, consoleErrors, { width: 1280, height: 800 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  ctx?.cleanup();
});

describe('app shell in the browser harness', () => {
  it('opens with its Chinese title and the empty institution list', async () => {
    await page.goto(server.pageUrl);
    await expect.poll(() => page.title()).toBe('技能评价现场核查');
    await page.getByRole('heading', { name: '评价机构' }).waitFor();
    const empty = page.getByTestId('institutions-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('暂无评价机构');
    // The token was taken out of the address bar.
    expect(page.url()).not.toContain('token=');
    await screenshot(page, '01-shell-empty');
    expect(consoleErrors).toEqual([]);
  });

  it('the page sees no Node: no require, no process, only the fixed api', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      apiKeys: Object.keys((window as unknown as { api: object }).api).sort(),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', apiKeys: ['invoke', 'on'] });
  });

  it('the bridge refuses calls without the per-run token', async () => {
    const response = await fetch(`${server.url}/__ipc/app:info`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(403);
    // fetch cannot forge Host; a raw request can, as a DNS-rebinding page would.
    const port = new URL(server.url).port;
    const status = await new Promise<number | undefined>((resolveStatus, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/__ipc/app:info', method: 'POST', headers: { host: 'evil.example', 'x-bridge-token': server.token } },
        (res) => {
          res.resume();
          resolveStatus(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
  });
});
