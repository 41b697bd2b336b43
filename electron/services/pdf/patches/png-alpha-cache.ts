import { createHash } from 'node:crypto';
import * as pdfDocumentModule from 'pdfmake/js/PDFDocument.js';
import { patchProbe } from './engagement';
import { matchesWhenReached, type PdfPatch } from './guard';
import { pdfmakePrototype } from './pdfmake-class';

/**
 * Patch of pdfkit 0.19.1 PNGImage.prototype.splitAlphaChannel and pdfkit 0.19.1 PNGImage.prototype.finalize (pdfkit's
 * PNG class, not exported: reached through pdfkit 0.19.1 PDFDocument.prototype.openImage, wrapped to find it).
 *
 * Why: a handwritten signature is a PNG with an alpha channel. For every document pdfkit inflates its pixels, splits colour
 * from alpha and deflates both again; a sheet carries the panel's and the representative's signatures, and every
 * re-print does it anew. The split, deflated pair is kept per PNG file content (SHA-256) for the process, bounded.
 */
const knownSplit = patchProbe('png-alpha-cache');

interface PngImageLike {
  image: { data: Uint8Array };
  imgData: Buffer | null;
  alphaChannel?: Buffer;
  splitAlphaChannel(): unknown;
  finalize(): unknown;
}

interface Split {
  imgData: Buffer;
  alphaChannel: Buffer;
}

const MAX_IMAGES = 64;
const splits = new Map<string, Split>();
const patched = new WeakSet<object>();

function remember(key: string, split: Split): void {
  if (splits.size >= MAX_IMAGES) splits.clear();
  splits.set(key, split);
}

const PNG_IMAGE = 'pdfkit PNGImage.prototype';

/** Patches the PNG image class (reached through the first image a document opens); once per class. */
function patchPngImage(prototype: PngImageLike): void {
  if (patched.has(prototype)) return;
  patched.add(prototype);
  const shapes = [
    { where: PNG_IMAGE, holder: prototype, method: 'splitAlphaChannel', arity: 0 },
    { where: PNG_IMAGE, holder: prototype, method: 'finalize', arity: 0 },
  ];
  if (!matchesWhenReached(shapes)) return;
  const { splitAlphaChannel, finalize } = prototype;
  prototype.splitAlphaChannel = function (this: PngImageLike) {
    const key = createHash('sha256').update(this.image.data).digest('hex');
    const known = splits.get(key);
    if (known) {
      knownSplit.uses++;
      this.imgData = known.imgData;
      this.alphaChannel = known.alphaChannel;
      return finalize.call(this);
    }
    // pdfkit's own split; its finalize (called back once the pixels are decoded) is where the pair is complete.
    this.finalize = function (this: PngImageLike) {
      if (this.imgData && this.alphaChannel) remember(key, { imgData: this.imgData, alphaChannel: this.alphaChannel });
      Reflect.deleteProperty(this, 'finalize');
      return finalize.call(this);
    };
    return splitAlphaChannel.call(this);
  };
}

interface PdfkitDocumentPrototype {
  openImage(src: unknown): unknown;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

/** The bytes (or a base64 data URL, as pdfmake passes images) begin with PNG's signature. */
function isPng(src: unknown): boolean {
  if (src instanceof Uint8Array) return Buffer.from(src.buffer, src.byteOffset, Math.min(4, src.byteLength)).equals(PNG_SIGNATURE);
  const base64 = typeof src === 'string' ? /^data:[^,]*;base64,(.{8})/.exec(src)?.[1] : undefined;
  return base64 !== undefined && Buffer.from(base64, 'base64').subarray(0, 4).equals(PNG_SIGNATURE);
}

export const pngAlphaCachePatch: PdfPatch = {
  file: 'png-alpha-cache.ts',
  replaces: [
    { package: 'pdfkit', method: 'PNGImage.prototype.splitAlphaChannel' },
    { package: 'pdfkit', method: 'PNGImage.prototype.finalize' },
    { package: 'pdfkit', method: 'PDFDocument.prototype.openImage' },
  ],
  shapes: () => [
    { where: 'pdfkit PDFDocument.prototype', holder: pdfmakePrototype<object>(pdfDocumentModule), method: 'openImage', arity: 1, replaced: true },
  ],
  install: installPngAlphaCache,
};

let installed = false;

function installPngAlphaCache(): void {
  if (installed) return;
  installed = true;
  const prototype = pdfmakePrototype<PdfkitDocumentPrototype>(pdfDocumentModule);
  const openImage = prototype.openImage;
  prototype.openImage = function (this: unknown, src: unknown) {
    const image = openImage.call(this, src) as object | null;
    // pdfkit opens PNG and JPEG; only a PNG has alpha to split.
    if (image && isPng(src)) patchPngImage(Object.getPrototypeOf(image) as PngImageLike);
    return image;
  };
}
