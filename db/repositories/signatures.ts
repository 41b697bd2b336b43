import { createHash } from 'node:crypto';
import type { Database } from '../engine';
import type { SignerRole } from '../../shared/store/enums';
import type { SignatureRecord } from '../../shared/store/records';
import { inTransaction, nowIso, statement, insertedId } from '../sql';
import { appendAudit } from './audit-log';
import { requireEditableInspection } from './inspections';

export interface AddSignatureInput {
  inspectionId: number;
  signerName: string;
  role: SignerRole;
  imagePng: Uint8Array;
  actor: string;
  at?: string;
}

interface SignatureRow {
  id: number;
  inspection_id: number;
  signer_name: string;
  role: SignerRole;
  image_png: Buffer;
  signed_at: string;
}

function fromRow(row: SignatureRow): SignatureRecord {
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    signerName: row.signer_name,
    role: row.role,
    imagePng: new Uint8Array(row.image_png),
    signedAt: row.signed_at,
  };
}

/** Signatures are collected while the inspection is a draft; the status moves to signed separately. */
export function addSignature(db: Database, input: AddSignatureInput): number {
  const at = input.at ?? nowIso();
  return inTransaction(db, () => {
    requireEditableInspection(db, input.inspectionId);
    const result = statement(
      db,
      'INSERT INTO signatures (inspection_id, signer_name, role, image_png, signed_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
    ).get(input.inspectionId, input.signerName, input.role, Buffer.from(input.imagePng), at);
    const id = insertedId(result);
    // The log keeps the image's hash, not its bytes.
    const imageSha256 = createHash('sha256').update(input.imagePng).digest('hex');
    appendAudit(db, {
      actor: input.actor,
      at,
      inspectionId: input.inspectionId,
      entity: 'signature',
      entityId: id,
      action: 'create',
      new: { signerName: input.signerName, role: input.role, imageSha256, signedAt: at },
    });
    return id;
  });
}

export function listSignatures(db: Database, inspectionId: number): SignatureRecord[] {
  return statement<SignatureRow>(db, 'SELECT * FROM signatures WHERE inspection_id = ? ORDER BY id').all(inspectionId).map(fromRow);
}
