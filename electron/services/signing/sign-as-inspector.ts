import { join } from 'node:path';
import { loadOrCreateIdentity } from './identity-store';
import { signPdf } from './sign-pdf';

export interface InspectorSignature {
  inspectorId: string;
  signerName: string;
  passphrase: string;
  reason?: string;
  location?: string;
  signingTime: Date;
}

export const DEFAULT_SIGNING_REASON = '专家评估组成员签署评估结果';

/** Where an app's per-inspector identities live: <dataDir>/signing. */
export function signingDir(dataDir: string): string {
  return join(dataDir, 'signing');
}

/**
 * One panel member's signature appended to a report with their local identity (created on first use, then unlocked
 * with the same passphrase). Used by reports:sign and by the demo report.
 */
export async function signAsInspector(pdf: Buffer, dataDir: string, signature: InspectorSignature): Promise<{ signed: Buffer; signer: string }> {
  const identity = loadOrCreateIdentity(signingDir(dataDir), {
    inspectorId: signature.inspectorId,
    commonName: signature.signerName,
    passphrase: signature.passphrase,
  });
  const signed = await signPdf(pdf, identity, {
    reason: signature.reason ?? DEFAULT_SIGNING_REASON,
    name: signature.signerName,
    location: signature.location ?? '',
    signingTime: signature.signingTime,
  });
  return { signed, signer: identity.commonName };
}
