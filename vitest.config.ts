import { defineConfig } from 'vitest/config';

/**
 * The office suites, run a second time with the office store on PostgreSQL (world.office() in
 * test/integration/sync/sync-fixtures.ts opens it when SKILL_INSPECTOR_TEST_ENGINE=postgres). Chosen: the suites whose
 * office store comes from makeWorld and is used only through its connection. Left out: those that copy the office as
 * an SQLite file (backupDatabase, backup-copy, import/office scenarios) or reopen it by path through the CLI, until
 * copying and the CLI take a PostgreSQL store; and the laptop-only suites.
 */
const officeIntegrationSuites = [
  'test/integration/sync/bad-input.test.ts',
  'test/integration/sync/byte-flips.test.ts',
  'test/integration/sync/form-distribution.test.ts',
  'test/integration/sync/handler-grants.test.ts',
  'test/integration/sync/key-at-rest-kdf.test.ts',
  'test/integration/sync/key-protection.test.ts',
  'test/integration/sync/legacy-pin-key-upgrade.test.ts',
  'test/integration/sync/office-keeps-no-inspector-key.test.ts',
  'test/integration/sync/office-key-size.test.ts',
  'test/integration/sync/office-send-handlers.test.ts',
  'test/integration/sync/pkcs12-format.test.ts',
  'test/integration/sync/round-trip.test.ts',
  'test/integration/sync/import-batches.test.ts',
  'test/integration/sync/rounds-pack-bundle.test.ts',
  'test/integration/sync/stored-scores.test.ts',
  'test/integration/sync/review-paging.test.ts',
  'test/integration/rounds/bundle-rounds.test.ts',
  'test/integration/rounds/field-rounds.test.ts',
];
/** The office e2e suites: enrol and pack, review and summary, field sync, 双随机, rectification, a third form. */
const officeE2eSuites = [
  'test/e2e/office-enroll.test.ts',
  'test/e2e/office-review.test.ts',
  'test/e2e/field-sync.test.ts',
  'test/e2e/double-random-flow.test.ts',
  'test/e2e/rectification-flow.test.ts',
  'test/e2e/third-form.test.ts',
];
const onPostgres = { SKILL_INSPECTOR_TEST_ENGINE: 'postgres' };
const e2eRun = {
  environment: 'node' as const,
  globalSetup: ['test/e2e/global-setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // One browser at a time: the machine has two cores.
  fileParallelism: false,
};
// Left out only when switched off by hand; a missing SKILL_INSPECTOR_PG_URL fails in test/support/postgres.ts.
const postgresProjects =
  process.env.SKILL_INSPECTOR_PG === 'off'
    ? []
    : [
        {
          test: {
            name: 'integration-pg',
            include: officeIntegrationSuites,
            environment: 'node',
            testTimeout: 60_000,
            hookTimeout: 60_000,
            env: onPostgres,
          },
        },
        { test: { name: 'e2e-pg', include: officeE2eSuites, ...e2eRun, env: onPostgres } },
      ];

// One project per layer so each can be run alone, plus the office suites on PostgreSQL; `npm test` runs all of them
// (scripts/test.mjs).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        test: {
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          environment: 'node',
          // Crash rounds and fuzz loops run for minutes; each file records its figures for docs/RELIABILITY.md.
          testTimeout: 1_200_000,
          hookTimeout: 300_000,
          // The crash tests already use both cores with their child processes.
          fileParallelism: false,
        },
      },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], ...e2eRun } },
      ...postgresProjects,
    ],
  },
});
