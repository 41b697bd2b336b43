import { Unzip, UnzipInflate, unzipSync, zipSync, type Zippable } from 'fflate';
import { AppError, isAppError } from '../../../shared/errors';
import { formatMegabytes } from '../../../shared/import/limits';
import { ZipSizeBudget, type ZipSizeBreach, type ZipSizeLimits } from '../zip/size-limits';

/**
 * The parts of a workbook the importer reads (exceljs' streaming reader looks at nothing else). Images, printer
 * settings, styles, themes and the rest are never inflated, so they cannot cost memory.
 */
const READ_ENTRY = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/;

/** Compressed input per push: deflate inflates at most ~1032:1, so one chunk of output stays near 16 MB. */
const PUSH_BYTES = 16 * 1024;

export interface UnpackedWorkbook {
  /** The read entries again, stored without compression: what exceljs streams (it never sees the others). */
  zip: Uint8Array;
  workbookXml: string;
  relsXml: string | null;
}

export function corruptWorkbook(detail: string): AppError {
  return new AppError('IMPORT_CORRUPT', { reason: 'IMPORT_REASON_DAMAGED_ZIP', detail });
}

function tooLarge(entry: string, breach: ZipSizeBreach, limits: ZipSizeLimits): AppError {
  switch (breach.limit) {
    case 'entry':
      return new AppError('IMPORT_ENTRY_TOO_LARGE', { entry, limit: formatMegabytes(limits.maxEntryBytes) });
    case 'ratio':
      return new AppError('IMPORT_ENTRY_RATIO', { entry, ratio: Math.round(breach.ratio), limit: limits.maxCompressionRatio });
    case 'total':
      return new AppError('IMPORT_UNPACKED_TOO_LARGE', { entry, limit: formatMegabytes(limits.maxTotalBytes) });
  }
}

interface DeclaredSize {
  bytes: number;
  compressedBytes: number;
}

/** The sizes the central directory declares for the read entries, once they are checked against the limits. */
function checkDeclaredSizes(bytes: Uint8Array, limits: ZipSizeLimits): Map<string, DeclaredSize> {
  const declared = new Map<string, DeclaredSize>();
  const budget = new ZipSizeBudget(limits);
  let names = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names += 1;
        if (!READ_ENTRY.test(file.name)) return false;
        const breach = budget.add(file.originalSize, file.size);
        if (breach) throw tooLarge(file.name, breach, limits);
        declared.set(file.name, { bytes: file.originalSize, compressedBytes: file.size });
        return false;
      },
    });
  } catch (error) {
    if (isAppError(error)) throw error;
    throw corruptWorkbook(error instanceof Error ? error.message : String(error));
  }
  if (names === 0 || !declared.has('xl/workbook.xml')) throw corruptWorkbook('IMPORT_REASON_NO_WORKBOOK_PART');
  return declared;
}

/**
 * Inflates the read entries in small steps, counting the bytes they really produce: declared sizes can lie, and a
 * damaged deflate stream ("invalid distance") made exceljs' streaming reader wait forever (found by the XLSX fuzzer
 * in test/reliability/fuzz/importers.test.ts).
 */
function inflateReadEntries(bytes: Uint8Array, declared: ReadonlyMap<string, DeclaredSize>, limits: ZipSizeLimits): Map<string, Uint8Array> {
  const budget = new ZipSizeBudget(limits);
  const entries = new Map<string, Uint8Array>();
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    const size = declared.get(file.name);
    if (size === undefined || entries.has(file.name)) return; // never started: skipped without inflating
    const chunks: Uint8Array[] = [];
    let produced = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = corruptWorkbook(error.message);
        return;
      }
      produced += chunk.length;
      // More than declared is a lie (the declared size passed the limits): stop before keeping it.
      const breach = budget.addChunk(chunk.length, produced, size.compressedBytes);
      if (breach || produced > size.bytes) {
        failure = breach ? tooLarge(file.name, breach, limits) : new AppError('IMPORT_ENTRY_SIZE_LIE', { entry: file.name, declared: size.bytes });
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) entries.set(file.name, Buffer.concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && !failure; offset += PUSH_BYTES) {
      unzip.push(bytes.subarray(offset, offset + PUSH_BYTES), offset + PUSH_BYTES >= bytes.length);
    }
  } catch (error) {
    failure ??= corruptWorkbook(error instanceof Error ? error.message : String(error));
  }
  if (failure) throw failure;
  for (const name of declared.keys()) if (!entries.has(name)) throw corruptWorkbook(name); // the part that ended early
  return entries;
}

function partOrder(name: string): number {
  if (name === 'xl/_rels/workbook.xml.rels') return 0;
  if (name === 'xl/workbook.xml') return 1;
  if (name === 'xl/sharedStrings.xml') return 2;
  return 3;
}

/** Checks the zip container and its size limits, then keeps only what the importer reads. */
export function unpackWorkbook(bytes: Uint8Array, limits: ZipSizeLimits): UnpackedWorkbook {
  const entries = inflateReadEntries(bytes, checkDeclaredSizes(bytes, limits), limits);
  const text = (name: string) => {
    const entry = entries.get(name);
    return entry ? Buffer.from(entry.buffer, entry.byteOffset, entry.byteLength).toString('utf8') : null;
  };
  // The workbook, its relations and the shared strings first: exceljs then streams each sheet directly instead of
  // parking it in a temporary file until they arrive.
  const names = [...entries.keys()].sort((a, b) => partOrder(a) - partOrder(b));
  const stored: Zippable = {};
  for (const name of names) stored[name] = [entries.get(name) as Uint8Array, { level: 0 }];
  return { zip: zipSync(stored), workbookXml: text('xl/workbook.xml') ?? '', relsXml: text('xl/_rels/workbook.xml.rels') };
}
