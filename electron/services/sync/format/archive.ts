import { unzipSync, zipSync, type Zippable } from 'fflate';
import { ZipSizeBudget } from '../../zip/size-limits';
import { SYNC_LIMITS } from './limits';
import { syncError } from './sync-error';

export interface ArchiveEntryInfo {
  name: string;
  compressedBytes: number;
  bytes: number;
}

/**
 * Inner container: a zip (fflate). Text compresses, PDFs and photos are stored as they are.
 * Entry names are plain relative paths checked by safeEntryName on both sides.
 */
export function buildArchive(entries: ReadonlyMap<string, Uint8Array>): Buffer {
  const zippable: Zippable = {};
  for (const [name, bytes] of entries) {
    safeEntryName(name);
    zippable[name] = [bytes, { level: /\.(json|pem|sig)$/.test(name) ? 6 : 0, mtime: new Date('2020-01-01T00:00:00Z') }];
  }
  return Buffer.from(zipSync(zippable));
}

const DRIVE = /^[A-Za-z]:/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Rejects names that could escape a folder if ever written out: `..`, absolute, drive letters, backslashes. */
export function safeEntryName(name: string): string {
  const bad =
    name.length === 0 ||
    name.length > SYNC_LIMITS.maxEntryNameLength ||
    name.startsWith('/') ||
    name.includes('\\') ||
    DRIVE.test(name) ||
    CONTROL.test(name) ||
    name.endsWith('/') ||
    name.split('/').some((part) => part === '' || part === '.' || part === '..');
  if (bad) throw syncError('SYNC_BAD_ENTRY_NAME', { detail: JSON.stringify(name.slice(0, 80)) });
  return name;
}

/**
 * Lists the zip's central directory without inflating anything and applies every limit: names, duplicates, count,
 * declared sizes, total and compression ratio. Only then may entries be inflated (readEntries).
 */
export function listArchive(zip: Uint8Array): ArchiveEntryInfo[] {
  const infos: ArchiveEntryInfo[] = [];
  const seen = new Set<string>();
  const budget = new ZipSizeBudget(SYNC_LIMITS);
  try {
    unzipSync(zip, {
      filter: (file) => {
        const name = safeEntryName(file.name);
        if (seen.has(name)) throw syncError('SYNC_DUPLICATE_ENTRY', { detail: name });
        seen.add(name);
        if (seen.size > SYNC_LIMITS.maxEntries)
          throw syncError('SYNC_TOO_LARGE', { reason: 'SYNC_REASON_TOO_MANY_ENTRIES', maximum: SYNC_LIMITS.maxEntries });
        if (file.compression !== 0 && file.compression !== 8)
          throw syncError('SYNC_ARCHIVE_INVALID', { reason: 'SYNC_REASON_COMPRESSION', method: file.compression });
        const breach = budget.add(file.originalSize, file.size);
        if (breach?.limit === 'entry') throw syncError('SYNC_TOO_LARGE', { detail: name });
        if (breach?.limit === 'ratio') throw syncError('SYNC_TOO_LARGE', { reason: 'SYNC_REASON_RATIO', name, ratio: Math.round(breach.ratio) });
        if (breach?.limit === 'total') throw syncError('SYNC_TOO_LARGE', { reason: 'SYNC_REASON_TOTAL_SIZE' });
        infos.push({ name, compressedBytes: file.size, bytes: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    throw asArchiveError(error);
  }
  return infos;
}

/**
 * Inflates only the named entries (listArchive must have passed). fflate writes into a buffer of the declared size,
 * so an entry that inflates to more than it declared cannot grow memory; its hash check then fails.
 */
export function readEntries(zip: Uint8Array, names: ReadonlySet<string>): Map<string, Buffer> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (file) => names.has(file.name) });
  } catch (error) {
    throw asArchiveError(error);
  }
  return new Map(Object.entries(files).map(([name, bytes]) => [name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]));
}

function asArchiveError(error: unknown): Error {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SYNC_')) return error;
  return syncError('SYNC_ARCHIVE_INVALID', { detail: error instanceof Error ? error.message : String(error) });
}
