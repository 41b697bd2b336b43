import type { Database } from '../../../../db/engine';
import { getFieldIdentity } from '../../../../db/repositories/sync-field';
import { DEFAULT_SIGNING_REASON, signAsInspector, type InspectorSignature } from '../../signing/sign-as-inspector';
import { signPdf } from '../../signing/sign-pdf';
import { getRole } from '../role';
import { fieldSigningIdentity } from './field-identity';
import type { SafeStorageLike } from './key-protection';

export interface ReportSigning {
  signed: Buffer;
  signer: string;
  issuer: 'office' | 'self';
}

const sameName = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * Signs a report with the best identity this laptop has for the signer. The inspector the office enrolled on this
 * laptop signs with the office-issued certificate (unlocked by the local passphrase, the PIN, or safeStorage), so the office can check
 * the PDF against its CA; anyone else on the panel — and every signer on a laptop without a pack — keeps a local
 * self-signed identity, since the laptop holds no office certificate in their name.
 */
export async function signReportAsBestIdentity(
  db: Database,
  pdf: Buffer,
  dataDir: string,
  signature: InspectorSignature,
  safeStorage: SafeStorageLike | null,
): Promise<ReportSigning> {
  const field = getRole(db) === 'field' ? getFieldIdentity(db) : null;
  if (field && sameName(field.inspectorName, signature.signerName)) {
    // The signing dialog has one secret field: the PIN on laptops set up earlier, the local passphrase otherwise.
    const identity = fieldSigningIdentity(db, { pin: signature.passphrase, keyPassphrase: signature.passphrase, safeStorage });
    const signed = await signPdf(pdf, identity, {
      reason: signature.reason ?? DEFAULT_SIGNING_REASON,
      name: signature.signerName,
      location: signature.location ?? '',
      signingTime: signature.signingTime,
    });
    return { signed, signer: identity.commonName, issuer: 'office' };
  }
  const { signed, signer } = await signAsInspector(pdf, dataDir, signature);
  return { signed, signer, issuer: 'self' };
}
