import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../../../db/engine';
import { getImportedFile } from '../../../../db/repositories/sync-imports';
import { getOfficeKeys } from '../../../../db/repositories/sync-office';
import { AppError } from '../../../../shared/errors';
import type { SyncOpenedFile } from '../../../../shared/ipc/channels/sync';
import { verifyPdf } from '../../signing/verify-pdf';
import { requireRole } from '../role';

export interface ImportedFileCopy {
  name: string;
  path: string;
  /** PDFs only: each signature's integrity, and whether the office CA issued the signer's certificate. */
  signatures: SyncOpenedFile['signatures'];
}

/** Bundle entry names are already checked on import; this keeps the copy's name a plain file name all the same. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^\p{L}\p{N}_.-]/gu, '_').slice(-120);
  return cleaned === '' || /^\.+$/.test(cleaned) ? 'file' : cleaned;
}

/**
 * Imported files live in the database (they travelled in the bundle); a system viewer needs a file, so the office
 * gets a copy under <dataDir>/review/<inspectionId>/. A PDF's signatures are checked against the office CA first.
 */
export function copyImportedFile(db: Database, dataDir: string, fileId: number): ImportedFileCopy {
  requireRole(db, 'office');
  const file = getImportedFile(db, fileId);
  if (!file) throw new AppError('OFFICE_IMPORTED_FILE_NOT_FOUND', { fileId });
  const dir = join(dataDir, 'review', String(file.inspectionId));
  mkdirSync(dir, { recursive: true });
  const name = safeFileName(file.name);
  const path = join(dir, name);
  writeFileSync(path, file.content);
  return { name, path, signatures: file.kind === 'pdf' ? signaturesOf(db, file.content) : [] };
}

function signaturesOf(db: Database, pdf: Buffer): ImportedFileCopy['signatures'] {
  const caPem = getOfficeKeys(db)?.caCertificatePem;
  const integrity = verifyPdf(pdf).signatures;
  const trusted = caPem ? verifyPdf(pdf, [caPem]).signatures : [];
  return integrity.map((s) => ({
    signer: s.signer,
    status: s.status,
    valid: s.valid,
    officeIssued: trusted.find((t) => t.index === s.index)?.valid ?? false,
  }));
}
