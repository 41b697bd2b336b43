import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/service';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { recordCheck } from '../../reliability/support/record-check';
import { makeTempDir } from '../../support/temp';
import { fixture } from './fixtures';

const MB = 1024 * 1024;
const temp = makeTempDir();
afterAll(() => temp.cleanup());

// The row of docs/RELIABILITY.md: each bomb shape below is one case; a case fails unless its test ran to its end.
const BOMB_SHAPES = 4;
let shapesHeld = 0;
const started = performance.now();
afterAll(() =>
  recordCheck({
    id: 'zip-bomb',
    title: 'Decompression bombs in XLSX import (declared size over the limit, a lying size, a 1000:1 ratio, a skipped media bomb)',
    cases: BOMB_SHAPES,
    failures: BOMB_SHAPES - shapesHeld,
    seconds: (performance.now() - started) / 1000,
    note: 'refused before or while inflating with IMPORT_ENTRY_TOO_LARGE / IMPORT_ENTRY_SIZE_LIE / IMPORT_ENTRY_RATIO, memory growth under 100 MB, database dump unchanged; a media entry the importer never reads is not inflated at all',
  }),
);

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

/** The official list with one more entry: `bytes` zeros, deflated (a zip bomb compresses ~1000:1). */
function workbookWith(name: string, bytes: number, file: string): string {
  const entries: Zippable = unzipSync(readFileSync(fixture('institutions-official.xlsx')));
  entries[name] = [new Uint8Array(bytes), { level: 1 }];
  const path = resolve(temp.dir, file);
  writeFileSync(path, zipSync(entries));
  return path;
}

/** Rewrites the uncompressed size the local header and the central directory declare for `name`. */
function lieAboutSize(path: string, name: string, declared: number): void {
  const zip = readFileSync(path);
  const nameBytes = Buffer.from(name);
  let patched = 0;
  for (let at = zip.indexOf(nameBytes); at >= 0; at = zip.indexOf(nameBytes, at + 1)) {
    if (zip.readUInt32LE(at - 30) === 0x04034b50) {
      zip.writeUInt32LE(declared, at - 30 + 22);
      patched += 1;
    } else if (zip.readUInt32LE(at - 46) === 0x02014b50) {
      zip.writeUInt32LE(declared, at - 46 + 24);
      patched += 1;
    }
  }
  expect(patched).toBe(2);
  writeFileSync(path, zip);
}

async function refusal(path: string): Promise<{ code: string; message: string; rssGrowth: number }> {
  await importFile(ctx, 'institutions', fixture('institutions-utf8.csv'));
  const before = dumpDatabase(ctx.db);
  const rss = process.memoryUsage().rss;
  const error = (await importFile(ctx, 'institutions', path).then(
    () => null,
    (caught: unknown) => caught,
  )) as { code: string; message: string } | null;
  const rssGrowth = process.memoryUsage().rss - rss;
  expect(error).not.toBeNull();
  expect(dumpDatabase(ctx.db)).toBe(before);
  return { code: error?.code ?? '', message: error?.message ?? '', rssGrowth };
}

describe('decompression bombs in a workbook', () => {
  it('an entry whose declared size is over the limit is refused before anything is inflated', async () => {
    const path = workbookWith('xl/worksheets/sheet2.xml', 1 * MB, 'declared-bomb.xlsx');
    lieAboutSize(path, 'xl/worksheets/sheet2.xml', 300 * MB);
    const { code, message, rssGrowth } = await refusal(path);
    expect(code).toBe('IMPORT_ENTRY_TOO_LARGE');
    expect(message).toContain('xl/worksheets/sheet2.xml');
    expect(message).toContain('256');
    expect(rssGrowth).toBeLessThan(100 * MB);
    shapesHeld += 1;
  });

  it('an entry that lies about its size is stopped while inflating, memory stays bounded', async () => {
    const path = workbookWith('xl/worksheets/sheet2.xml', 300 * MB, 'lying-bomb.xlsx');
    lieAboutSize(path, 'xl/worksheets/sheet2.xml', 1000);
    const { code, message, rssGrowth } = await refusal(path);
    expect(code).toBe('IMPORT_ENTRY_SIZE_LIE');
    expect(message).toContain('xl/worksheets/sheet2.xml');
    expect(rssGrowth).toBeLessThan(100 * MB);
    shapesHeld += 1;
  });

  it('a small entry that inflates a thousand times over is refused by the compression ratio', async () => {
    const path = workbookWith('xl/sharedStrings2.xml', 1, 'unused.xlsx');
    const entries: Zippable = unzipSync(readFileSync(path));
    entries['xl/worksheets/sheet2.xml'] = [new Uint8Array(20 * MB), { level: 1 }];
    writeFileSync(path, zipSync(entries));
    const { code, message } = await refusal(path);
    expect(code).toBe('IMPORT_ENTRY_RATIO');
    expect(message).toContain('xl/worksheets/sheet2.xml');
    shapesHeld += 1;
  });

  it('entries the importer never reads (xl/media) are skipped, even a bomb that lies about its size', async () => {
    const path = workbookWith('xl/media/image1.png', 100 * MB, 'media-bomb.xlsx');
    lieAboutSize(path, 'xl/media/image1.png', 1000);
    const rss = process.memoryUsage().rss;
    const summary = await importFile(ctx, 'institutions', path);
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * MB);
    expect(summary.inserted).toBe(21);
    shapesHeld += 1;
  });
});
