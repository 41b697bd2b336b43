// Builds better-sqlite3 for Electron's ABI into .native/, leaving node_modules' plain-Node build alone
// (tests and the CLI use that one). electron/main/native-binding.ts loads the result via `nativeBinding`.
//
//   node scripts/native-electron.mjs                       # for the installed Electron (needs internet once)
//   node scripts/native-electron.mjs --runtime node --target 20.20.2 --out .native/node-check   # self-test offline
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: {
    runtime: { type: 'string', default: 'electron' },
    target: { type: 'string' },
    arch: { type: 'string', default: process.env.npm_config_arch ?? process.arch },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

const runtime = values.runtime;
const target = values.target ?? (runtime === 'electron' ? readJson(join(root, 'node_modules/electron/package.json')).version : process.versions.node);
const arch = values.arch;
const outDir = resolve(root, values.out ?? join('.native', `${runtime}-${target}-${process.platform}-${arch}`));
const outFile = join(outDir, 'better_sqlite3.node');

if (existsSync(outFile) && !values.force) {
  console.log(`native: ${outFile} is already built.`);
  process.exit(0);
}

const sourceDir = dirname(require.resolve('better-sqlite3/package.json'));
const workDir = join(root, '.native', 'work', `${runtime}-${target}-${arch}`, 'better-sqlite3');
rmSync(workDir, { recursive: true, force: true });
mkdirSync(dirname(workDir), { recursive: true });
cpSync(sourceDir, workDir, { recursive: true, filter: (src) => !src.startsWith(join(sourceDir, 'build')) });

const built = join(workDir, 'build', 'Release', 'better_sqlite3.node');
const tried = [];
if (runtime === 'electron') {
  // Prebuilt binaries first (fast); compile from source against Electron's headers when none matches.
  tried.push(
    run('prebuild-install', [
      binOf('prebuild-install', 'prebuild-install/bin.js'),
      '--runtime',
      'electron',
      '--target',
      target,
      '--arch',
      arch,
      '--verbose',
    ]),
  );
}
if (!existsSync(built)) {
  const gypArgs = ['rebuild', '--release', `--target=${target}`, `--arch=${arch}`];
  if (runtime === 'electron') gypArgs.push('--runtime=electron', '--dist-url=https://electronjs.org/headers');
  // For the running Node itself, use its installed headers when present (no download needed).
  const localHeaders = dirname(dirname(process.execPath));
  if (runtime === 'node' && target === process.versions.node && existsSync(join(localHeaders, 'include/node/node.h'))) {
    gypArgs.push(`--nodedir=${localHeaders}`);
  }
  tried.push(run('node-gyp', [nodeGypPath(), ...gypArgs]));
}
if (!existsSync(built)) {
  console.error(`native: 无法为 ${runtime} ${target} (${arch}) 构建 SQLite 驱动。\n${tried.filter(Boolean).join('\n')}`);
  console.error('native: 需要联网下载 Electron 头文件或预编译包;离线环境请使用 npm run dev:web。');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
cpSync(built, outFile);
rmSync(dirname(workDir), { recursive: true, force: true });
console.log(`native: built ${outFile}`);

function run(label, args) {
  try {
    execFileSync(process.execPath, args, { cwd: workDir, stdio: 'inherit' });
    return '';
  } catch (error) {
    return `${label} failed: ${error.message}`;
  }
}
function binOf(name, path) {
  try {
    return require.resolve(path, { paths: [sourceDir] });
  } catch {
    throw new Error(`native: ${name} not found`);
  }
}
function nodeGypPath() {
  // npm ships node-gyp; npm scripts expose it as npm_config_node_gyp.
  if (process.env.npm_config_node_gyp && existsSync(process.env.npm_config_node_gyp)) return process.env.npm_config_node_gyp;
  const npmDir = dirname(dirname(process.execPath));
  for (const candidate of [
    join(npmDir, 'lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
    join(npmDir, 'node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return require.resolve('node-gyp/bin/node-gyp.js');
}
function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
