import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../electron/services/import/parse-file';
import { importLimits } from '../../../shared/import/limits';
import { makeTempDir } from '../../support/temp';
import { fixture } from './fixtures';

// Both used to make the import wait forever; found by the XLSX fuzzer (test/reliability/fuzz/importers.test.ts).
describe('damaged workbooks that used to hang the reader', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('a damaged deflate stream ("invalid distance") is refused as IMPORT_CORRUPT before streaming', async () => {
    await expect(parseImportFile('institutions', fixture('bad-deflate.xlsx'))).rejects.toMatchObject({
      code: 'IMPORT_CORRUPT',
      message: expect.stringContaining('已损坏'),
    });
  });

  it('garbage in xl/workbook.xml is given up after the stall limit as IMPORT_CORRUPT', async () => {
    const entries = unzipSync(readFileSync(fixture('institutions-official.xlsx')));
    entries['xl/workbook.xml'] = Buffer.from([0x31, 0xe4, 0x72, 0x00, 0x9c]);
    const path = resolve(temp.dir, 'garbage-workbook.xlsx');
    writeFileSync(path, zipSync(entries));
    const started = Date.now();
    await expect(parseImportFile('institutions', path, { limits: { ...importLimits, stallMs: 500 } })).rejects.toMatchObject({
      code: 'IMPORT_CORRUPT',
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
