import { patchProbe } from './engagement';
import { matchesWhenReached, type PatchInfo } from './guard';

/**
 * Patch of fontkit 2.0.4 TTFSubset.prototype._addGlyph (fontkit's TrueType subset class, not exported: reached through
 * the subset of the first font pdfkit opens, font-cache.ts).
 *
 * Why: fontkit's TrueType subsetter decodes every glyph it copies — all of its outline points — only to learn whether
 * the glyph is composed of other glyphs, and does it again for every document. For a report that is a few hundred
 * Chinese glyphs each time. This keeps, per parsed font, each glyph's raw glyf bytes, its parts (for composite glyphs,
 * read only then) and its metrics, and copies those into each new subset. The bytes written are the same as fontkit's
 * (test/integration/pdf/glyph-records.test.ts).
 */
const glyphRecords = patchProbe('glyph-records');

export const glyphRecordsPatch: PatchInfo = {
  file: 'glyph-records.ts',
  replaces: [{ package: 'fontkit', method: 'TTFSubset.prototype._addGlyph' }],
};

interface GlyphLike {
  advanceWidth: number;
  _decode(): { components: { glyphID: number; pos: number }[] } | null;
  _getMetrics(): { leftBearing: number };
}

interface TrueTypeFontLike {
  loca: { offsets: number[] };
  _variationProcessor?: unknown;
  getGlyph(gid: number): GlyphLike;
  _getTableStream(tag: 'glyf'): { pos: number; readBuffer(length: number): Uint8Array };
}

export interface TrueTypeSubsetLike {
  font: TrueTypeFontLike;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
}

interface GlyphRecord {
  bytes: Uint8Array;
  /** Parts of a composite glyph and where their glyph ids sit in the bytes; null for a simple or empty glyph. */
  parts: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

const recordsByFont = new WeakMap<TrueTypeFontLike, Map<number, GlyphRecord>>();

function readRecord(font: TrueTypeFontLike, gid: number): GlyphRecord {
  const glyph = font.getGlyph(gid);
  const start = font.loca.offsets[gid];
  const end = font.loca.offsets[gid + 1];
  if (start === undefined || end === undefined) throw new Error(`字体中没有字形 ${gid}`);
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  const bytes = stream.readBuffer(end - start);
  // A glyph's first field is its signed 16-bit contour count; negative means it is composed of other glyphs.
  const composite = bytes.length >= 2 && (((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0)) >= 0x8000;
  const parts = composite ? (glyph._decode()?.components.map(({ glyphID, pos }) => ({ glyphID, pos })) ?? null) : null;
  return { bytes, parts, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}

function recordOf(font: TrueTypeFontLike, gid: number): GlyphRecord {
  let records = recordsByFont.get(font);
  if (!records) recordsByFont.set(font, (records = new Map()));
  let record = records.get(gid);
  if (!record) records.set(gid, (record = readRecord(font, gid)));
  return record;
}

const patched = new WeakSet<object>();

const SUBSET = 'fontkit TTFSubset.prototype';

/** Replaces _addGlyph on fontkit's TrueType subset class (the prototype of a subset pdfkit made); once per class. */
export function installGlyphRecordCache(subsetPrototype: TrueTypeSubsetLike): void {
  if (patched.has(subsetPrototype)) return;
  patched.add(subsetPrototype);
  const shapes = [
    { where: SUBSET, holder: subsetPrototype, method: '_addGlyph', arity: 1 },
    { where: SUBSET, holder: subsetPrototype, method: 'includeGlyph', arity: 1 },
  ];
  if (!matchesWhenReached(shapes)) return;
  const original = subsetPrototype._addGlyph;
  subsetPrototype._addGlyph = function addGlyph(this: TrueTypeSubsetLike, gid: number): number {
    // Variable fonts re-encode outlines per instance; keep fontkit's own path for them.
    if (this.font._variationProcessor) return original.call(this, gid);
    glyphRecords.uses++;
    const record = recordOf(this.font, gid);
    let bytes = record.bytes;
    if (record.parts) {
      bytes = bytes.slice();
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (const part of record.parts) view.setUint16(part.pos, this.includeGlyph(part.glyphID));
    }
    this.glyf.push(bytes);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
    this.offset += bytes.length;
    return this.glyf.length - 1;
  };
}
