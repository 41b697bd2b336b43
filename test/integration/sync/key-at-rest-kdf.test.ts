import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { getOfficeKeys } from '../../../db/repositories/sync-office';
import { getFieldIdentity } from '../../../db/repositories/sync-field';
import { unlockField } from '../../../electron/services/sync/field/field-identity';
import { unprotectKey } from '../../../electron/services/sync/field/key-protection';
import { importPack } from '../../../electron/services/sync/field/pack-import';
import { enrollInspector } from '../../../electron/services/sync/office/enroll';
import { exportPack, withForm } from '../../../electron/services/sync/office/pack-export';
import { decryptKey } from '../../../electron/services/sync/pki/certificates';
import { filingsOfYear, KEY_PASSPHRASE, makeWorld, NOW, PIN, SHANXI, type Office } from './sync-fixtures';

const MIN_ITERATIONS = 600_000;

/** The PBES2 parameters of an encrypted PKCS#8 PEM: which KDF, which PRF, how many iterations, which cipher. */
function pbes2Parameters(pem: string) {
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  const [scheme] = forge.asn1.fromDer(der.toString('binary')).value as forge.asn1.Asn1[];
  const [schemeOid, params] = scheme?.value as forge.asn1.Asn1[];
  const [kdf, cipher] = params?.value as forge.asn1.Asn1[];
  const [kdfOid, kdfParams] = kdf?.value as forge.asn1.Asn1[];
  const [, count, ...rest] = kdfParams?.value as forge.asn1.Asn1[];
  const prf = rest.find((node) => Array.isArray(node.value));
  const oidOf = (node: forge.asn1.Asn1 | undefined) => forge.asn1.derToOid(String(node?.value));
  return {
    scheme: oidOf(schemeOid),
    kdf: oidOf(kdfOid),
    iterations: Number.parseInt(forge.util.bytesToHex(String(count?.value)), 16),
    prf: prf ? oidOf((prf.value as forge.asn1.Asn1[])[0]) : 'hmacWithSHA1 (default)',
    cipher: oidOf((cipher?.value as forge.asn1.Asn1[])[0]),
  };
}

const STRONG = { scheme: '1.2.840.113549.1.5.13', kdf: '1.2.840.113549.1.5.12', prf: '1.2.840.113549.2.9', cipher: '2.16.840.1.101.3.4.1.42' };

let world: ReturnType<typeof makeWorld>;
let office: Office;
beforeAll(() => {
  world = makeWorld();
  office = world.office();
}, 60_000);
afterAll(() => world.close());

describe('keys at rest under a typed secret use PBKDF2-HMAC-SHA256 at a modern cost (issue 19.4c)', () => {
  it('the laptop key under the local passphrase (no keychain): ≥ 600,000 iterations, AES-256-CBC; the PIN does not open it', () => {
    const [filing] = filingsOfYear(office.db, 2020) as [number];
    const enrolment = enrollInspector(office.db, office.keys, { inspectorName: '孙七', deviceKey: 'laptop-r1', pin: PIN, now: NOW });
    const pack = exportPack(office.db, office.keys, {
      deviceKey: 'laptop-r1',
      assignments: withForm([filing], SHANXI),
      now: NOW,
      appVersion: 'test',
    });
    const { db } = openDatabase(world.temp.file('laptop-r1.sqlite'), { create: true });
    try {
      importPack(db, { bytes: pack.bytes, pkcs12: enrolment.pkcs12, pin: PIN, keyPassphrase: KEY_PASSPHRASE, now: NOW });
      const blob = getFieldIdentity(db)?.keyBlob.toString('utf8') ?? '';
      const parameters = pbes2Parameters(blob);
      expect(parameters).toMatchObject(STRONG);
      expect(parameters.iterations).toBeGreaterThanOrEqual(MIN_ITERATIONS);
      expect(() => unlockField(db, { pin: PIN })).toThrow(expect.objectContaining({ code: 'SYNC_WRONG_SECRET' }) as Error);
      expect(unlockField(db, { keyPassphrase: KEY_PASSPHRASE }).key.type).toBe('private');
    } finally {
      db.close();
    }
  });

  it("the office's CA and exchange keys under the office passphrase: the same", () => {
    const keys = getOfficeKeys(office.db);
    for (const pem of [keys?.caKeyEncryptedPem ?? '', keys?.officeKeyEncryptedPem ?? '']) {
      const parameters = pbes2Parameters(pem);
      expect(parameters).toMatchObject(STRONG);
      expect(parameters.iterations).toBeGreaterThanOrEqual(MIN_ITERATIONS);
    }
  });

  it('a key stored by an earlier version (Node export, 2,048 iterations) still opens', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const old = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: KEY_PASSPHRASE }).toString();
    expect(pbes2Parameters(old).iterations).toBe(2048);
    expect(decryptKey(old, KEY_PASSPHRASE)?.type).toBe('private');
    expect(unprotectKey({ protection: 'passphrase', blob: Buffer.from(old, 'utf8') }, { keyPassphrase: KEY_PASSPHRASE }).type).toBe('private');
  });
});
