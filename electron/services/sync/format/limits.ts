/**
 * Hard limits checked before anything is unpacked or decrypted, so a hostile or damaged file cannot exhaust memory
 * or disk (zip bombs). Generous for real use: 1,000 inspections with PDFs and photos stay far below them.
 */
export const SYNC_LIMITS = {
  /** Whole file on the USB stick. */
  maxFileBytes: 1024 * 1024 * 1024,
  maxHeaderBytes: 64 * 1024,
  maxEntries: 200_000,
  /** One entry once inflated. */
  maxEntryBytes: 256 * 1024 * 1024,
  /** All entries once inflated. */
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  /** Inflated / compressed, per entry (text compresses ~10×; bombs reach 1000×). */
  maxCompressionRatio: 200,
  /** Entries this small may have any ratio (a run of spaces compresses extremely well and is harmless). */
  ratioExemptBytes: 64 * 1024,
  maxEntryNameLength: 240,
  /** Clocks on laptops drift; anything further ahead than this is a forged or broken timestamp. */
  maxClockSkewMs: 24 * 60 * 60 * 1000,
} as const;
