import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { importPack } from '../../../electron/services/sync/field/pack-import';
import { enrollInspector } from '../../../electron/services/sync/office/enroll';
import { exportPack, withForm } from '../../../electron/services/sync/office/pack-export';
import { toForgeKey } from '../../../electron/services/sync/pki/certificates';
import { openPkcs12 } from '../../../electron/services/sync/pki/pkcs12';
import { filingsOfYear, KEY_PASSPHRASE, makeWorld, NOW, PIN, SHANXI, type Office } from './sync-fixtures';

const MIN_ITERATIONS = 600_000;
const OIDS = {
  pbes2: '1.2.840.113549.1.5.13',
  pbmac1: '1.2.840.113549.1.5.14',
  hmacWithSha256: '1.2.840.113549.2.9',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
};

let world: ReturnType<typeof makeWorld>;
let office: Office;
let filing: number;
beforeAll(() => {
  world = makeWorld();
  office = world.office();
  [filing] = filingsOfYear(office.db, 2020) as [number];
}, 60_000);
afterAll(() => world.close());

/** Every OBJECT IDENTIFIER and INTEGER of a DER tree, in order, descending into OCTET STRINGs that hold DER. */
function walk(node: forge.asn1.Asn1, out: { oids: string[]; integers: number[] }): typeof out {
  if (node.type === forge.asn1.Type.OID && typeof node.value === 'string') out.oids.push(forge.asn1.derToOid(node.value));
  if (node.type === forge.asn1.Type.INTEGER && typeof node.value === 'string' && node.value.length <= 6) {
    out.integers.push(Number.parseInt(forge.util.bytesToHex(node.value) || '0', 16));
  }
  if (Array.isArray(node.value)) for (const child of node.value) walk(child, out);
  else if (node.type === forge.asn1.Type.OCTETSTRING && typeof node.value === 'string') {
    try {
      walk(forge.asn1.fromDer(node.value), out);
    } catch {
      // not nested DER (a salt, an IV, ciphertext)
    }
  }
  return out;
}

function enrol(deviceKey: string) {
  const enrolment = enrollInspector(office.db, office.keys, { inspectorName: '赵六', deviceKey, pin: PIN, now: NOW });
  const pack = exportPack(office.db, office.keys, { deviceKey, assignments: withForm([filing], SHANXI), now: NOW, appVersion: 'test' });
  return { enrolment, pack: pack.bytes };
}

/** A .p12 as earlier versions (and forge's defaults) wrote it: SHA-1 MAC, 2,048 iterations. */
function oldStylePkcs12(p12: Buffer, algorithm: 'aes256' | '3des'): Buffer {
  const opened = openPkcs12(p12, PIN);
  const certificates = [opened.certificatePem, opened.caCertificatePem].map((pem) =>
    forge.pki.certificateFromAsn1(forge.asn1.fromDer(new X509Certificate(pem).raw.toString('binary'))),
  );
  const asn1 = forge.pkcs12.toPkcs12Asn1(toForgeKey(opened.privateKey), certificates, PIN, {
    algorithm,
    friendlyName: 'old',
    generateLocalKeyId: true,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

describe('the .p12 handed to a laptop (issue 19.4b)', () => {
  it('is PBES2 with AES-256-CBC and PBKDF2-HMAC-SHA256, and its MAC is PBMAC1 HMAC-SHA256, both at ≥ 600,000 iterations', () => {
    const { enrolment } = enrol('laptop-p1');
    const { oids, integers } = walk(forge.asn1.fromDer(enrolment.pkcs12.toString('binary')), { oids: [], integers: [] });
    expect(oids).toContain(OIDS.pbes2);
    expect(oids).toContain(OIDS.aes256Cbc);
    expect(oids).toContain(OIDS.pbmac1);
    expect(oids).toContain(OIDS.hmacWithSha256);
    expect(oids).not.toContain(forge.pki.oids['sha1']);
    expect(oids).not.toContain(forge.pki.oids['pbeWithSHAAnd3-KeyTripleDES-CBC']);
    // Two PBKDF2 counts: the key bag's and the MAC's.
    expect(integers.filter((n) => n >= MIN_ITERATIONS)).toHaveLength(2);
  });

  it('opens with the PIN in well under a few seconds, and not with a wrong PIN or after a changed byte', () => {
    const { enrolment } = enrol('laptop-p2');
    const started = performance.now();
    const opened = openPkcs12(enrolment.pkcs12, PIN);
    const elapsed = performance.now() - started;
    console.info(`opening the .p12 took ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(5_000);
    expect(new X509Certificate(opened.certificatePem).fingerprint256).toBe(new X509Certificate(enrolment.certificatePem).fingerprint256);
    expect(() => openPkcs12(enrolment.pkcs12, '135790')).toThrow(expect.objectContaining({ code: 'SYNC_WRONG_SECRET' }) as Error);
    const changed = Buffer.from(enrolment.pkcs12);
    changed[Math.floor(changed.length / 2)] = (changed[Math.floor(changed.length / 2)] ?? 0) ^ 0x01;
    expect(() => openPkcs12(changed, PIN)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SYNC_/) as string }) as Error);
  });

  it.each(['3des', 'aes256'] as const)('a laptop still imports a .p12 written the old way (%s, SHA-1 MAC, 2,048 iterations)', (algorithm) => {
    const { enrolment, pack } = enrol(`laptop-old-${algorithm}`);
    const old = oldStylePkcs12(enrolment.pkcs12, algorithm);
    const { oids } = walk(forge.asn1.fromDer(old.toString('binary')), { oids: [], integers: [] });
    expect(oids).toContain(forge.pki.oids['sha1']);
    const { db } = openDatabase(world.temp.file(`old-${algorithm}.sqlite`), { create: true });
    try {
      expect(importPack(db, { bytes: pack, pkcs12: old, pin: PIN, keyPassphrase: KEY_PASSPHRASE, now: NOW })).toMatchObject({ status: 'imported' });
    } finally {
      db.close();
    }
  });
});
