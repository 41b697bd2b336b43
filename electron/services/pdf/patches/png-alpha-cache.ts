import { createHash } from 'node:crypto';
import * as pdfDocumentModule from 'pdfmake/js/PDFDocument.js';
import { pdfmakePrototype } from './pdfmake-class';

/**
 * A handwritten signature is a PNG with an alpha channel. For every document pdfkit inflates its pixels, splits colour
 * from alpha and deflates both again; a sheet carries the panel's and the representative's signatures, and every
 * re-print does it anew. The split, deflated pair is kept per PNG file content (SHA-256) for the process, bounded.
 */
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

/** Patches the PNG image class (reached through the first image a document opens); once per class. */
function patchPngImage(prototype: PngImageLike): void {
  if (patched.has(prototype)) return;
  patched.add(prototype);
  const { splitAlphaChannel, finalize } = prototype;
  prototype.splitAlphaChannel = function (this: PngImageLike) {
    const key = createHash('sha256').update(this.image.data).digest('hex');
    const known = splits.get(key);
    if (known) {
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

let installed = false;

export function installPngAlphaCache(): void {
  if (installed) return;
  installed = true;
  const prototype = pdfmakePrototype<PdfkitDocumentPrototype>(pdfDocumentModule);
  const openImage = prototype.openImage;
  prototype.openImage = function (this: unknown, src: unknown) {
    const image = openImage.call(this, src) as object | null;
    const imagePrototype = image ? (Object.getPrototypeOf(image) as Partial<PngImageLike>) : null;
    if (imagePrototype && typeof imagePrototype.splitAlphaChannel === 'function') patchPngImage(imagePrototype as PngImageLike);
    return image;
  };
}
