import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/ipc/contract';
import { makeTempDir } from '../../support/temp';

// Starts the REAL built main process (out/main/index.cjs) in Node with a recording stand-in for 'electron',
// keeping the `npm start` path honest where Electron's binary cannot be downloaded.
const root = resolve(import.meta.dirname, '../../..');
let temp: ReturnType<typeof makeTempDir>;
let result: {
  calls: {
    windows: { webPreferences: Record<string, unknown> }[];
    loadedUrls: string[];
    ipcChannels: string[];
    protocolSchemes: string[];
    privileged: string[];
    errorBoxes: string[];
    sandboxEnabled: boolean;
    sessionGuards: string[];
  };
  exitCode?: number;
  fromApp: { ok: boolean; value?: { demo: boolean } };
  fromElsewhere: { ok: boolean; error?: { code: string } };
  institutionCount: number | null;
  page: { status: number; csp: string; body: string; escapeStatus: number } | null;
  blankForm: { ok: boolean; value?: { path: string; bytes: number }; error?: unknown } | null;
};

beforeAll(async () => {
  const { buildAll } = (await import(resolve(root, 'scripts/build.mjs'))) as { buildAll(o: { quiet: boolean }): Promise<void> };
  await buildAll({ quiet: true });
  temp = makeTempDir();
  const child = spawnSync(process.execPath, ['-r', resolve(root, 'test/support/fake-electron.cjs'), resolve(root, 'out/main/index.cjs')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FAKE_ELECTRON_USER_DATA: temp.dir, FAKE_ELECTRON_APP_PATH: root },
    timeout: 60_000,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`main did not report: ${child.stdout}\n${child.stderr}`);
  result = JSON.parse(line);
}, 120_000);
afterAll(() => temp?.cleanup());

describe('built main process (npm start path) under a recording electron stand-in', () => {
  it('starts without an error box, opens the app from app://bundle and enables the sandbox', () => {
    expect(result.calls.errorBoxes).toEqual([]);
    expect(result.exitCode).toBeUndefined();
    expect(result.calls.privileged).toContain('app');
    expect(result.calls.sandboxEnabled).toBe(true);
    expect(result.calls.loadedUrls).toEqual(['app://bundle/index.html']);
  });

  it('creates the window with the secure options and installs the guards', () => {
    expect(result.calls.windows).toHaveLength(1);
    expect(result.calls.windows[0]?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(String(result.calls.windows[0]?.webPreferences.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
    expect(result.calls.sessionGuards).toEqual(expect.arrayContaining(['permissionRequest', 'permissionCheck', 'windowOpenHandler']));
  });

  it('registers every contract channel and answers only frames served by the app', () => {
    expect([...result.calls.ipcChannels].sort()).toEqual([...channelNames].sort());
    expect(result.fromApp).toMatchObject({ ok: true, value: { demo: true } });
    expect(result.fromElsewhere).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('fills the demo data on first launch (21 filings)', () => {
    expect(result.institutionCount).toBe(21);
  });

  it('builds a PDF on the bundled worker with the shipped fonts', () => {
    expect(result.blankForm).toMatchObject({ ok: true });
    expect(result.blankForm?.value?.bytes).toBeGreaterThan(10_000);
    expect(existsSync(result.blankForm?.value?.path ?? '')).toBe(true);
  });

  it('serves the renderer over app:// with the strict CSP and refuses paths outside it', () => {
    expect(result.page?.status).toBe(200);
    expect(result.page?.csp).toContain("default-src 'none'");
    expect(result.page?.body).toContain('技能评价现场核查');
    expect(result.page?.escapeStatus).toBe(404);
  });
});
