import { createHash } from 'node:crypto';
import type { Database } from '../../../db/engine';
import { getRectification, insertRectificationFile } from '../../../db/repositories/rectifications';
import { AppError } from '../../../shared/errors';
import { signPdf } from '../signing/sign-pdf';
import { unlockOffice } from '../sync/office/office-keys';
import { officeSigningIdentity } from '../sync/office/office-signing-identity';
import { loadNoticeModel } from './load/notice-model';
import type { NoticeModel } from './model/rectification';

export const NOTICE_SIGNING_REASON = '签发整改通知书';

export interface GeneratedNotice {
  fileId: number;
  name: string;
  bytes: number;
}

/**
 * Renders the 整改通知书 of a rectification, signs it with the office key and stores it (rectification_files, kind
 * notice). The passphrase is checked before anything is rendered, and nothing is stored unless signing succeeded;
 * a later notice is added beside the earlier ones (the view shows the newest).
 */
export async function generateNotice(
  db: Database,
  input: { uid: string; passphrase: string; now: Date; render: (model: NoticeModel) => Promise<Buffer> },
): Promise<GeneratedNotice> {
  const rectification = getRectification(db, input.uid);
  if (!rectification) throw new AppError('RECTIFICATION_NOT_FOUND', { uid: input.uid });
  const office = unlockOffice(db, input.passphrase);
  const issuedOn = input.now.toISOString().slice(0, 10);
  const pdf = await input.render(loadNoticeModel(db, rectification, office.officeName, issuedOn));
  const signed = await signPdf(pdf, officeSigningIdentity(office), {
    reason: NOTICE_SIGNING_REASON,
    name: office.officeName,
    location: office.officeName,
    signingTime: input.now,
  });
  const stamp = input.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const name = `notice-${rectification.uid.slice(0, 8)}-${stamp}.pdf`;
  const fileId = insertRectificationFile(db, {
    rectificationUid: rectification.uid,
    responseId: null,
    kind: 'notice',
    name,
    mime: 'application/pdf',
    sha256: createHash('sha256').update(signed).digest('hex'),
    content: signed,
    addedAt: input.now.toISOString(),
  });
  return { fileId, name, bytes: signed.length };
}
