/**
 * Size limits for inflating a zip (sync packages, Excel workbooks): one entry, all entries together and the
 * compression ratio. Applied to the sizes the central directory declares before inflating, and again to the bytes
 * actually produced while inflating, since a hostile file can declare anything.
 */
export interface ZipSizeLimits {
  /** One entry once inflated. */
  maxEntryBytes: number;
  /** All checked entries once inflated. */
  maxTotalBytes: number;
  /** Inflated / compressed, per entry (text compresses ~10×; bombs reach 1000×). */
  maxCompressionRatio: number;
  /** Entries this small may have any ratio (a run of spaces compresses extremely well and is harmless). */
  ratioExemptBytes: number;
}

export type ZipSizeBreach = { limit: 'entry' } | { limit: 'ratio'; ratio: number } | { limit: 'total' };

/** The first limit an entry of `bytes` inflated from `compressedBytes` breaks, or null. */
export function entrySizeBreach(bytes: number, compressedBytes: number, limits: ZipSizeLimits): ZipSizeBreach | null {
  if (bytes > limits.maxEntryBytes) return { limit: 'entry' };
  const ratio = bytes / Math.max(1, compressedBytes);
  if (bytes > limits.ratioExemptBytes && ratio > limits.maxCompressionRatio) return { limit: 'ratio', ratio };
  return null;
}

/** Adds up entries (declared or as inflated so far) and tells the first limit they break. */
export class ZipSizeBudget {
  private total = 0;

  constructor(private readonly limits: ZipSizeLimits) {}

  /** Counts a whole entry. */
  add(bytes: number, compressedBytes: number): ZipSizeBreach | null {
    const breach = entrySizeBreach(bytes, compressedBytes, this.limits);
    if (breach) return breach;
    this.total += bytes;
    return this.total > this.limits.maxTotalBytes ? { limit: 'total' } : null;
  }

  /**
   * Counts a chunk of an entry being inflated: `entryBytes` is what the entry produced so far, including the chunk.
   * The ratio is judged only against the entry's whole compressed size, so a partial entry never looks worse than it is.
   */
  addChunk(chunkBytes: number, entryBytes: number, compressedBytes: number): ZipSizeBreach | null {
    const breach = entrySizeBreach(entryBytes, compressedBytes, this.limits);
    if (breach) return breach;
    this.total += chunkBytes;
    return this.total > this.limits.maxTotalBytes ? { limit: 'total' } : null;
  }
}
