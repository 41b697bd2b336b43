import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOffThread, type OffThreadOptions } from '../../../electron/services/import/parse-off-thread';
import { makeTempDir } from '../../support/temp';
import {
  IMPORT_EXIT_AFTER_PROGRESS as EXIT_AFTER_PROGRESS,
  IMPORT_FAIL_INTERNALLY as FAIL_INTERNALLY,
  IMPORT_HANG_AFTER_PROGRESS as HANG_AFTER_PROGRESS,
  IMPORT_TEST_EXIT_CODE as TEST_EXIT_CODE,
} from '../../support/workers/faults';
import { fixture } from './fixtures';

// The real import worker, started from a test entry that dies, hangs or fails inside on request (test/support/workers/).
const entry = fileURLToPath(new URL('../../support/workers/import-test-entry.ts', import.meta.url));
const workerOptions = (extra: OffThreadOptions = {}): OffThreadOptions => ({ workerScript: entry, ...extra });
const temp = makeTempDir();
afterAll(() => temp.cleanup());

/** The official institutions list under a name that asks the test entry for a fault. */
function workbookNamed(name: string): string {
  const path = temp.file(`${name}.xlsx`);
  copyFileSync(fixture('institutions-official.xlsx'), path);
  return path;
}

describe('import worker after a fault', () => {
  it('a thread that exits mid-parse rejects with WORKER_EXITED, and the next import works', async () => {
    const crash = parseOffThread('institutions', workbookNamed(EXIT_AFTER_PROGRESS), workerOptions());
    await expect(crash).rejects.toMatchObject({ name: 'AppError', code: 'WORKER_EXITED', params: { worker: 'import', exitCode: TEST_EXIT_CODE } });
    const parsed = await parseOffThread('institutions', workbookNamed('next'), workerOptions());
    expect(parsed.records.length).toBeGreaterThan(0);
  });

  it('a parse that goes quiet for the inactivity timeout rejects with WORKER_TIMEOUT, and the next import works', async () => {
    const stuck = parseOffThread('institutions', workbookNamed(HANG_AFTER_PROGRESS), workerOptions({ timeoutMs: 3_000 }));
    await expect(stuck).rejects.toMatchObject({ name: 'AppError', code: 'WORKER_TIMEOUT', params: { worker: 'import', seconds: 3 } });
    const parsed = await parseOffThread('institutions', workbookNamed('after-timeout'), workerOptions({ timeoutMs: 3_000 }));
    expect(parsed.records.length).toBeGreaterThan(0);
  });

  it('a failure that is not an AppError arrives as IMPORT_INTERNAL with the reason', async () => {
    const failed = parseOffThread('institutions', workbookNamed(FAIL_INTERNALLY), workerOptions());
    await expect(failed).rejects.toMatchObject({ name: 'AppError', code: 'IMPORT_INTERNAL', params: { reason: 'progress could not be sent' } });
  });
});
