import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 is a native module built for one ABI. node_modules keeps the plain-Node build (tests, CLI);
 * the Electron-ABI build lives apart in .native/ (scripts/native-electron.mjs) and is passed to the driver
 * through its `nativeBinding` option. A packaged app carries its own Electron build, so it needs none.
 */
export function electronBindingDir(appRoot: string, electronVersion: string, platform: string, arch: string): string {
  return join(appRoot, '.native', `electron-${electronVersion}-${platform}-${arch}`);
}

export function electronNativeBinding(options: {
  appRoot: string;
  isPackaged: boolean;
  electronVersion: string;
  platform: string;
  arch: string;
}): string | undefined {
  if (options.isPackaged) return undefined;
  const file = join(electronBindingDir(options.appRoot, options.electronVersion, options.platform, options.arch), 'better_sqlite3.node');
  if (!existsSync(file)) {
    throw new Error(`缺少 Electron 版本的 SQLite 驱动：${file}。请运行 npm run native:electron(npm start 会自动运行)。`);
  }
  return file;
}
