import { unlockField } from '../../../electron/services/sync/field/field-identity';
import { parseEnvelope } from '../../../electron/services/sync/format/envelope';
import { writePackage } from '../../../electron/services/sync/format/package';
import { OFFICE_SENDER } from '../../../electron/services/sync/office/office-keys';
import { innerFiles } from './bundle-tamper';
import { KEY_PASSPHRASE, type Field, type Office } from './sync-fixtures';

/**
 * An attacker who holds the laptop and its unlocked key: takes a genuine bundle's entries, changes them, and signs
 * the result with the device's real key and certificate — cryptographically a genuine bundle.
 */
export function signAsDevice(office: Office, field: Field, genuine: Buffer, change: (files: Map<string, Buffer>) => void, sequence: number): Buffer {
  const files = innerFiles(office, genuine);
  for (const name of ['manifest.json', 'manifest.sig', 'signer.pem']) files.delete(name);
  change(files);
  const { identity, key } = unlockField(field.db, { keyPassphrase: KEY_PASSPHRASE });
  return writePackage({
    kind: 'resultBundle',
    sender: identity.deviceKey,
    recipient: OFFICE_SENDER,
    recipientCertificatePem: identity.officeCertificatePem,
    sequence,
    createdAt: parseEnvelope(genuine).header.createdAt,
    appVersion: 'test',
    meta: { inspections: 0, inspectorName: identity.inspectorName },
    files,
    signerKey: key,
    signerCertificatePem: identity.certificatePem,
  });
}

export const auditRowsOf = (files: Map<string, Buffer>): Record<string, unknown>[] =>
  JSON.parse(files.get('audit/log.json')?.toString('utf8') ?? '[]') as Record<string, unknown>[];

export const setAuditRows = (files: Map<string, Buffer>, rows: unknown[]): void => {
  files.set('audit/log.json', Buffer.from(JSON.stringify(rows), 'utf8'));
};
