import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBindingDir, electronNativeBinding } from '../../../electron/main/native-binding';
import { makeTempDir } from '../../support/temp';

const root = resolve(import.meta.dirname, '../../..');
// Built apart from node_modules by `node scripts/native-electron.mjs --runtime node --out .native/node-selftest`
// (.ci/run does it): the same mechanism that builds the Electron copy, checked offline with Node's own ABI.
const selfTestBinding = join(root, '.native/node-selftest/better_sqlite3.node');

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('native driver kept apart', () => {
  it('a packaged app uses its bundled driver; development needs the .native copy and says how to make it', () => {
    const opts = { appRoot: temp.dir, electronVersion: '40.8.5', platform: 'linux', arch: 'arm64' };
    expect(electronNativeBinding({ ...opts, isPackaged: true })).toBeUndefined();
    expect(() => electronNativeBinding({ ...opts, isPackaged: false })).toThrow(/npm run native:electron/);
    const dir = electronBindingDir(temp.dir, '40.8.5', 'linux', 'arm64');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'better_sqlite3.node'), '');
    expect(electronNativeBinding({ ...opts, isPackaged: false })).toBe(join(dir, 'better_sqlite3.node'));
  });

  it.runIf(existsSync(selfTestBinding) || process.env.CI)(
    'the separately built copy opens a database through nativeBinding, and node_modules still loads',
    () => {
      expect(existsSync(selfTestBinding), 'run: node scripts/native-electron.mjs --runtime node --out .native/node-selftest').toBe(true);
      // import(), not require(): the store loads ESM-only packages (canonicalize, via the built-in forms' hashes).
      const script = (binding: string) => `
      import(${JSON.stringify(pathToFileURL(join(root, 'db/open.ts')).href)}).then(({ openDatabase }) => {
        const { db } = openDatabase(${JSON.stringify(temp.file('n.sqlite'))}${binding ? `, { create: true, nativeBinding: ${JSON.stringify(binding)} }` : ', { create: true }'});
        console.log(db.pragma('journal_mode', { simple: true }));
        db.close();
      });`;
      for (const binding of [selfTestBinding, '']) {
        const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script(binding)], { cwd: root, encoding: 'utf8' });
        expect(child.stderr).toBe('');
        expect(child.stdout.trim()).toBe('wal');
      }
    },
  );
});
