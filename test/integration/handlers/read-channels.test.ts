import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import { stopPdfWorker } from '../../../electron/services/pdf/shared-worker';
import type { GeneratedReport } from '../../../shared/ipc/channels/reports';
import { readChannelNames } from '../../../shared/ipc/contract';
import { validPayloads } from '../../reliability/fuzz/valid-payloads';
import { makeTestContext, type TestContext } from '../../support/context';
import { chooseByDialog } from '../../support/dialog-grants';
import { dumpDatabase } from '../../support/dump';
import { callOk } from '../../support/handler-calls';
import { seedInspection } from '../../support/store-fixtures';

// The .reads<R>() marks are what the fuzzer trusts to run valid payloads; this checks the marks themselves: with a
// database and data folder where each read channel's valid payload finds what it names, calling every read channel
// changes no row and no file.

const FIXTURE_CSV = resolve('test/fixtures/import/institutions-utf8.csv');

/** Where a valid payload names a file, it must be one this run's dialog granted (as in the window). */
const granted = { 'import:preview': { path: FIXTURE_CSV }, 'files:open': { path: FIXTURE_CSV } } as const;

/** Read channels whose valid payload is still refused here, with why (the refusal must write nothing too). */
const refusedHere: Record<string, string> = {
  'sync:verifyBundle': 'a real result bundle needs a field laptop’s keys (test/integration/sync verifies one)',
  'rectifications:get': 'a rectification needs an accepted imported inspection (test/integration/rectification opens one)',
  'roundPlans:get': 'a round plan is made by roundPlans:create, a write (test/integration/round-plans reads one)',
  'roundPlans:verify': 'a drawn round needs roundPlans:create and roundPlans:draw (test/integration/round-plans verifies one)',
  'officeStore:test': 'its payload names port 1, where no server listens (test/integration/handlers/office-store connects to the test cluster)',
  'roundPlans:packs': 'a drawn round needs roundPlans:create and roundPlans:draw (test/integration/round-packs lists them)',
};

let ctx: TestContext;

/** Every file under the data folder with its SHA-256, except the database itself (compared row by row instead). */
function dataFolderFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!path.startsWith(ctx.databasePath)) files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

beforeAll(async () => {
  ctx = makeTestContext({ now: () => new Date('2023-09-10T08:00:00.000Z') });
  seedInspection(ctx.db);
  // What the read payloads point at (evidence 1, signature 1, sheet-1.pdf), made through the write channels.
  await callOk(ctx, 'evidence:attach', validPayloads['evidence:attach']);
  await callOk(ctx, 'inspections:sign', validPayloads['inspections:sign']);
  const report = await callOk<GeneratedReport>(ctx, 'reports:generate', validPayloads['reports:generate']);
  mkdirSync(join(ctx.dataDir, 'reports', '1'), { recursive: true });
  copyFileSync(report.path, join(ctx.dataDir, 'reports', '1', 'sheet-1.pdf'));
  copyFileSync(report.path, join(ctx.dataDir, 'reports', 'sheet-1.pdf'));
  await callOk(ctx, 'sync:initOffice', validPayloads['sync:initOffice']);
  await chooseByDialog(ctx, ctx.dialogs, 'open', 'xlsx-csv', FIXTURE_CSV);
}, 120_000);

afterAll(async () => {
  await stopPdfWorker();
  ctx.cleanup();
});

describe('channels marked .reads<R>() write nothing', () => {
  it('every read channel, called with its valid payload, leaves every row and every file of the data folder as it was', async () => {
    expect(readChannelNames.length).toBeGreaterThan(0);
    const rowsBefore = dumpDatabase(ctx.db);
    const filesBefore = dataFolderFiles(ctx.dataDir);
    const refused: Record<string, string> = {};
    for (const channel of readChannelNames) {
      const payload = { ...(validPayloads[channel] as object), ...(granted[channel as keyof typeof granted] ?? {}) };
      const result = await dispatch(ctx, channel, payload);
      if (!result.ok) refused[channel] = `${result.error.code}: ${result.error.message}`;
      expect(dumpDatabase(ctx.db), `${channel} changed the database`).toBe(rowsBefore);
      expect(dataFolderFiles(ctx.dataDir), `${channel} changed a file in the data folder`).toEqual(filesBefore);
    }
    // Each read ran its real path: only the listed ones were refused (so they did not read much either).
    expect(Object.keys(refused).sort()).toEqual(Object.keys(refusedHere).sort());
  });
});
