import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, FONT_FILES, resolveFontDir } from './fonts';
import { installPdfmakePatches } from './patches';

/** The parts of pdfmake 0.3's Node singleton we use (its typings omit virtualfs and the policies' effect). */
interface PdfMakeServer {
  virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
  setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

// pdfmake's main module is `module.exports = new pdfmake()`: ESM (tsx) sees it as `default`, a CJS bundle as the namespace.
const pdfmake = ((pdfmakeModule as unknown as { default?: PdfMakeServer }).default ?? pdfmakeModule) as unknown as PdfMakeServer;

let configuredFontDir: string | undefined;

/**
 * Loads the fonts into pdfmake's virtual file system once per process (worker) and forbids every URL and
 * local-file access: report content comes from the database, and an image path in it must never read a file.
 */
export function preparePdfmake(fontDir?: string): PdfMakeServer {
  if (configuredFontDir !== undefined) return pdfmake;
  const dir = resolveFontDir(fontDir);
  pdfmake.virtualfs.writeFileSync(FONT_FILES.normal, readFileSync(join(dir, FONT_FILES.normal)));
  pdfmake.virtualfs.writeFileSync(FONT_FILES.bold, readFileSync(join(dir, FONT_FILES.bold)));
  pdfmake.setFonts({
    [FONT_FAMILY]: { normal: FONT_FILES.normal, bold: FONT_FILES.bold, italics: FONT_FILES.normal, bolditalics: FONT_FILES.bold },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  // The speed-ups (patches/), or stock pdfmake with one warning when the installed versions are not theirs.
  installPdfmakePatches();
  configuredFontDir = dir;
  return pdfmake;
}

/** Lays out and renders one document definition; fonts are subset into the PDF by pdfkit. */
export async function renderPdf(doc: TDocumentDefinitions, fontDir?: string): Promise<Buffer> {
  return preparePdfmake(fontDir).createPdf(doc).getBuffer();
}
