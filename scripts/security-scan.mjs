// Electron hardening gate: runs electronegativity over the app sources and fails on any finding that is
// not waived with a written reason in build/electronegativity-waivers.json. (Its CLI exits 0 on findings,
// so this reads the SARIF it writes.)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const sarifPath = resolve(root, 'test-results/electronegativity.sarif');
const waivers = JSON.parse(readFileSync(resolve(root, 'build/electronegativity-waivers.json'), 'utf8'));

// Scan what ships: main, preload, handlers, services and the renderer (its index.html carries the CSP).
const stage = mkdtempSync(join(tmpdir(), 'electronegativity-'));
for (const dir of ['electron', 'renderer', 'shared']) cpSync(join(root, dir), join(stage, dir), { recursive: true });
cpSync(join(root, 'package.json'), join(stage, 'package.json'));
mkdirSync(dirname(sarifPath), { recursive: true });
writeFileSync(sarifPath, '');

const electronVersion = JSON.parse(readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8')).version;
await run({ input: stage, output: sarifPath, isSarif: true, isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] });
rmSync(stage, { recursive: true, force: true });

const sarif = await readSarifWhenWritten(sarifPath);
const findings = sarif.runs
  .flatMap((r) => r.results)
  .map((result) => ({
    check: result.ruleId,
    file: (result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '').replace(/^file:\/\//, ''),
    line: result.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
    message: result.message?.text ?? '',
  }));

const used = new Set();
const unwaived = findings.filter((f) => {
  const index = waivers.findIndex((w) => w.check === f.check && (w.file === undefined || w.file === f.file));
  if (index === -1) return true;
  used.add(index);
  return false;
});

console.log(
  `electronegativity ${electronVersion}: ${findings.length} finding(s), ${findings.length - unwaived.length} waived, ${unwaived.length} not waived`,
);
for (const f of findings) {
  const waiver = waivers.find((w) => w.check === f.check && (w.file === undefined || w.file === f.file));
  console.log(`  ${waiver ? 'waived ' : 'FAIL   '} ${f.check} ${f.file}:${f.line}${waiver ? ` — ${waiver.reason}` : ` — ${f.message}`}`);
}
waivers.forEach((w, i) => {
  if (!used.has(i)) console.log(`  note: waiver not needed any more: ${w.check} ${w.file ?? ''}`);
});
for (const w of waivers) {
  if (!w.reason || w.reason.trim().length < 20) {
    console.error(`waiver for ${w.check} has no written reason`);
    process.exit(1);
  }
}
process.exit(unwaived.length === 0 ? 0 : 1);

/** electronegativity writes its report with an un-awaited fs.writeFile: wait until it parses. */
async function readSarifWhenWritten(path) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`no SARIF report at ${path}`);
}
