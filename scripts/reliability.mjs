// `npm run reliability`: runs the reliability checks (vitest project `reliability`, plus the hardening and start-up
// self-check tests) and regenerates docs/RELIABILITY.md from the figures each check records in
// test-results/reliability/*.json. `--from-results` skips the run and uses the figures of the last `npm test`.
// Exits 1 when a check failed or recorded no figures, so CI can use it as a gate.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const recordDir = resolve(root, 'test-results/reliability');
const vitestReport = resolve(root, 'test-results/reliability-vitest.json');
const outFile = resolve(root, 'docs/RELIABILITY.md');
const fromResults = process.argv.includes('--from-results');

/** Plain tests (no case counts of their own) that belong in the table: file → row title. */
const TEST_ROWS = [
  ['test/unit/electron/create-window.test.ts', 'Electron hardening: window options, guards and CSP on the real creation path'],
  ['test/e2e/shell.test.ts', 'Electron hardening: the renderer sees no require/process (Chromium)'],
  ['test/integration/db/start-up-check.test.ts', 'Start-up self-check: pragmas refused, damaged file blocked, backup offered and restored'],
  ['test/integration/handlers/backups.test.ts', 'Start-up self-check: app:backups and app:restoreBackup'],
];
/** Every check that must have recorded figures; a missing one is a failure (its test did not run or crashed). */
const EXPECTED = [
  'crash-autosave',
  'crash-bundle-import',
  'fuzz-ipc',
  'fuzz-csv',
  'fuzz-xlsx',
  'fuzz-bundle',
  'audit-tamper',
  'audit-state-binding',
  'audit-history-extension',
  'sequence-bound',
  'zip-bomb',
];
/** Integration tests that record figures of their own (issue 19: audit binding, history extension, sequence bound, zip bombs). */
const RECORDING_TESTS = [
  'test/integration/sync/audit-state-binding.test.ts',
  'test/integration/sync/audit-history-sequence.test.ts',
  'test/integration/import/zip-bomb.test.ts',
];

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, ...options });
}

if (!fromResults) {
  rmSync(recordDir, { recursive: true, force: true });
  mkdirSync(dirname(vitestReport), { recursive: true });
  const files = ['test/reliability', ...RECORDING_TESTS, ...TEST_ROWS.map(([file]) => file).filter((file) => !file.startsWith('test/e2e'))];
  const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
  run(
    process.execPath,
    [
      vitest,
      'run',
      '--project',
      'reliability',
      '--project',
      'unit',
      '--project',
      'integration',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
      ...files,
    ],
    {
      stdio: 'inherit',
    },
  );
}

const security = (() => {
  const result = run(process.execPath, [resolve(root, 'scripts/security-scan.mjs')]);
  const line = `${result.stdout}${result.stderr}`.split('\n').find((text) => /finding\(s\)/.test(text)) ?? '';
  const match = /(\d+) finding\(s\), (\d+) waived, (\d+) not waived/.exec(line);
  return match ? { findings: Number(match[1]), waived: Number(match[2]), failures: Number(match[3]) } : { findings: 0, waived: 0, failures: 1 };
})();

const records = existsSync(recordDir)
  ? readdirSync(recordDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(resolve(recordDir, name), 'utf8')))
  : [];
const report = [vitestReport, resolve(root, 'test-results/vitest.json')]
  .map((file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null))
  .find(Boolean);
const testResults = report?.testResults ?? [];
const failedTests = testResults.flatMap((file) =>
  file.assertionResults.filter((test) => test.status === 'failed').map((test) => `${file.name.replace(`${root}/`, '')}: ${test.fullName}`),
);

const rows = [];
const fmt = (n) => n.toLocaleString('en-US');
rows.push({
  title: 'Electron hardening: electronegativity over the sources (SARIF), every finding waived with a written reason',
  cases: `${security.findings} findings`,
  failures: security.failures,
  seconds: '',
  note: `${security.waived} waived in build/electronegativity-waivers.json; \`npm run security\` in CI`,
});
for (const [file, title] of TEST_ROWS) {
  const result = testResults.find((entry) => entry.name.endsWith(file));
  if (!result) {
    rows.push({
      title,
      cases: 'not run here',
      failures: file.startsWith('test/e2e') ? 0 : 1,
      seconds: '',
      note: file.startsWith('test/e2e') ? 'runs in `npm test` (e2e project)' : 'missing from the run',
    });
    continue;
  }
  const tests = result.assertionResults;
  rows.push({
    title,
    cases: `${tests.length} tests`,
    failures: tests.filter((test) => test.status === 'failed').length,
    seconds: ((result.endTime - result.startTime) / 1000).toFixed(1),
    note: file,
  });
}
for (const id of EXPECTED) {
  const record = records.find((entry) => entry.id === id);
  if (!record) {
    rows.push({ title: id, cases: 'no figures', failures: 1, seconds: '', note: 'the check did not record its figures (did it run?)' });
    continue;
  }
  rows.push({
    title: record.title,
    cases: fmt(record.cases),
    failures: record.failures,
    seconds: record.seconds.toFixed(1),
    note: record.note ?? '',
  });
  for (const example of record.examples ?? []) failedTests.push(`${id}: ${example}`);
}

// A failed assertion in this run that recorded no figures still counts once, so a red run never prints 0.
const unrecordedFailures = fromResults
  ? 0
  : testResults.filter((file) => file.name.includes('/test/reliability/') && file.status === 'failed').length;
const totalFailures = rows.reduce((sum, row) => sum + row.failures, 0) + (rows.some((row) => row.failures > 0) ? 0 : unrecordedFailures);
const escape = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = [
  '| Check | Cases tried | Failures | Time (s) | How |',
  '|---|---:|---:|---:|---|',
  ...rows.map((row) => `| ${escape(row.title)} | ${escape(row.cases)} | ${row.failures} | ${row.seconds} | ${escape(row.note)} |`),
].join('\n');

const threatModel = readFileSync(resolve(root, 'scripts/reliability-threat-model.md'), 'utf8');
const doc = `# Reliability and security figures

Generated by \`npm run reliability\` (scripts/reliability.mjs) — do not edit by hand. Every row is a check that runs in
CI as part of \`npm test\` (vitest project \`reliability\`, plus the unit/integration/e2e tests named) and fails the build
when it finds anything. Fuzzing uses fixed seeds, so CI is deterministic; \`FULL_FUZZ=1\` multiplies the counts and
\`CRASH_KILLS=2000\` runs a long crash campaign.

Last run: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores. **Total failures: ${totalFailures}.**

${table}

${threatModel}`;
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, doc);
console.log(`\n${table}\n\nwrote ${outFile.replace(`${root}/`, '')}; total failures: ${totalFailures}`);
if (failedTests.length > 0) console.log(`\nfailed:\n  ${failedTests.slice(0, 20).join('\n  ')}`);
process.exit(totalFailures > 0 ? 1 : 0);
