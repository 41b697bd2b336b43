// `npm start`: build, make sure the Electron-ABI SQLite driver exists, then launch Electron.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

let electronBinary;
try {
  electronBinary = require('electron'); // the package exports the path of its binary
} catch {
  electronBinary = undefined;
}
if (typeof electronBinary !== 'string' || !existsSync(electronBinary)) {
  console.error(
    [
      '未找到 Electron 程序(Electron binary not found)。',
      '- 若安装时设置了 ELECTRON_SKIP_BINARY_DOWNLOAD=1,请联网后运行: node node_modules/electron/install.js',
      '- 无法联网时,可运行 npm run dev:web,在浏览器中使用同一界面。',
    ].join('\n'),
  );
  process.exit(1);
}

await buildAll();
const native = spawnSync(process.execPath, [resolve(root, 'scripts/native-electron.mjs')], { stdio: 'inherit' });
if (native.status !== 0) process.exit(native.status ?? 1);

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electronBinary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 0));
