import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSelfSignedIdentity, unlockIdentity, type SigningIdentity, type StoredIdentity } from './identity';

export interface IdentityRequest {
  inspectorId: string;
  commonName: string;
  organization?: string;
  passphrase: string;
}

/** File stem for an inspector: the id when it is a plain token, otherwise a hash (ids never become paths). */
function stem(inspectorId: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(inspectorId) ? inspectorId : createHash('sha256').update(inspectorId).digest('hex').slice(0, 32);
}

/**
 * Per-inspector identities under <dataDir>/signing: the certificate in clear, the key only as encrypted PKCS#8.
 * The first signature creates a self-signed identity; later ones unlock it with the same passphrase.
 */
export function loadOrCreateIdentity(dir: string, request: IdentityRequest): SigningIdentity {
  const certificateFile = join(dir, `${stem(request.inspectorId)}.cert.pem`);
  const keyFile = join(dir, `${stem(request.inspectorId)}.key.pem`);
  if (!existsSync(certificateFile) || !existsSync(keyFile)) {
    const created = createSelfSignedIdentity(request);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(keyFile, created.encryptedKeyPem, { mode: 0o600 });
    writeFileSync(certificateFile, created.certificatePem);
  }
  const stored: StoredIdentity = { certificatePem: readFileSync(certificateFile, 'utf8'), encryptedKeyPem: readFileSync(keyFile, 'utf8') };
  return unlockIdentity(stored, request.passphrase);
}

export function certificatePath(dir: string, inspectorId: string): string {
  return join(dir, `${stem(inspectorId)}.cert.pem`);
}
