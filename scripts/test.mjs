// `npm test`: every vitest project (unit, integration, reliability, e2e), then one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const report = resolve(root, 'test-results/vitest.json');
mkdirSync(dirname(report), { recursive: true });
// The reliability checks record fresh figures on every run; stale ones must not fill in for a check that did not run.
rmSync(resolve(root, 'test-results/reliability'), { recursive: true, force: true });

// The office suites run on PostgreSQL too. .ci/run starts the throw-away cluster; a developer's `npm test` starts one
// itself when none is named, and SKILL_INSPECTOR_PG=off (by hand only) leaves PostgreSQL out.
const cluster = startClusterUnlessGiven();
const env = { ...process.env, ...(cluster?.env ?? {}) };

const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  // CI logs are read as text: no colour codes there.
  { cwd: root, stdio: 'inherit', env: process.env.CI ? { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } : env },
);
if (cluster) spawnSync('bash', [resolve(root, 'scripts/pg-test-cluster.sh'), 'stop', cluster.env.SKILL_INSPECTOR_PG_DIR], { stdio: 'inherit' });

let summary = 'no test report was written';
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = json.numPendingTests + json.numTodoTests;
  summary = `${json.numPassedTests} passed, ${json.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
  if (json.numTotalTests === 0) summary += ' (no test ran)';
} catch (error) {
  summary += `: ${error.message}`;
}
console.log(`\n${summary}`);
process.exit(result.status ?? 1);

function startClusterUnlessGiven() {
  if (process.env.SKILL_INSPECTOR_PG_URL || process.env.SKILL_INSPECTOR_PG === 'off') return null;
  const started = spawnSync('bash', [resolve(root, 'scripts/pg-test-cluster.sh'), 'start'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (started.status !== 0) {
    console.error('Could not start a PostgreSQL test cluster (apt-get install -y postgresql), or set SKILL_INSPECTOR_PG=off.');
    process.exit(1);
  }
  const exported = Object.fromEntries([...started.stdout.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1], m[2]]));
  return { env: exported };
}
