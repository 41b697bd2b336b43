import { AppError } from '../../../shared/errors';
import { readXrefChain } from './pdf-revisions';

const TRAILER_TAIL = /^trailer\n<<\n([\s\S]*?)>>\nstartxref\n\d+\n%%EOF$/;

/**
 * @signpdf/placeholder-plain (3.3.0) ends its incremental update with two slips that `qpdf --check` warns about:
 * startxref names the line end before `xref` (it writes `pdf.length` before appending "\nxref"), and /Size counts
 * the rewritten AcroForm as a new object. So startxref and /Size are set right here. Both sit in the trailer after
 * the signature placeholder: no object moves, and the byte range is computed afterwards by SignPdf, so it covers
 * the corrected trailer. /Prev is copied from the previous startxref, so it is right once that one is; a sheet
 * signed before this fix keeps its older offsets, which lie inside earlier signed ranges and are judged as written
 * (modification-analysis.ts finds each signed revision by its own startxref).
 */
export function correctPlaceholderTrailer(pdf: Buffer): Buffer {
  const xrefAt = pdf.lastIndexOf('\nxref\n') + 1;
  const trailerAt = pdf.lastIndexOf('\ntrailer\n') + 1;
  const tail = TRAILER_TAIL.exec(pdf.toString('latin1', trailerAt));
  if (xrefAt === 0 || trailerAt < xrefAt || !tail?.[1]) throw new AppError('PDF_SIGN_TRAILER_UNREADABLE', { reason: 'no trailer after the xref' });

  let highest: number;
  try {
    highest = Math.max(...readXrefChain(pdf, xrefAt).flatMap((section) => [...section.entries.keys()]));
  } catch (error) {
    throw new AppError('PDF_SIGN_TRAILER_UNREADABLE', { reason: error instanceof Error ? error.message : String(error) });
  }
  const entries = tail[1].replace(/\/Size \d+/, `/Size ${highest + 1}`);
  const trailer = `trailer\n<<\n${entries}>>\nstartxref\n${xrefAt}\n%%EOF`;
  return Buffer.concat([pdf.subarray(0, trailerAt), Buffer.from(trailer, 'latin1')]);
}
