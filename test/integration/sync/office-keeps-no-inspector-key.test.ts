import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/engine';
import { appTables, tableShape } from '../../../db/copy/store-schema';
import { enrollInspector } from '../../../electron/services/sync/office/enroll';
import { openPkcs12 } from '../../../electron/services/sync/pki/pkcs12';
import { makeWorld, NOW, PIN } from './sync-fixtures';

/** Every byte the database holds in any table: text and blobs, as one searchable buffer per value. */
function everyStoredValue(db: Database): Buffer[] {
  return appTables(db).flatMap((name) =>
    (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).flatMap((row) =>
      row.flatMap((value) => (Buffer.isBuffer(value) ? [value] : typeof value === 'string' ? [Buffer.from(value, 'utf8')] : [])),
    ),
  );
}

describe('after enrolling a laptop the office database holds only its certificate, never its private key (issue 19.4a)', () => {
  const world = makeWorld();
  afterAll(() => world.temp.cleanup());

  it("no table holds the .p12, the key's PKCS#8 or its private exponent", () => {
    const office = world.office();
    const enrolment = enrollInspector(office.db, office.keys, { inspectorName: '王五', deviceKey: 'laptop-k1', pin: PIN, now: NOW });
    const { privateKey } = openPkcs12(enrolment.pkcs12, PIN);
    const jwk = privateKey.export({ format: 'jwk' });
    const privateExponent = Buffer.from(String(jwk.d), 'base64url');
    const primeP = Buffer.from(String(jwk.p), 'base64url');
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
    const stored = everyStoredValue(office.db);
    expect(stored.length).toBeGreaterThan(0);
    for (const value of stored) {
      expect(value.includes(enrolment.pkcs12), 'the .p12 itself').toBe(false);
      expect(value.includes(privateExponent), 'the private exponent').toBe(false);
      expect(value.includes(primeP), 'a prime factor').toBe(false);
      expect(value.includes(pkcs8.subarray(0, 64)), 'the PKCS#8 structure').toBe(false);
      expect(value.toString('latin1')).not.toMatch(/-----BEGIN (RSA )?PRIVATE KEY-----/);
    }
    // What the office does keep: the certificate, to verify, revoke and encrypt packs to the laptop.
    const certificate = new X509Certificate(enrolment.certificatePem);
    expect(
      stored.some((value) => value.includes(certificate.raw) || value.toString('utf8').includes(enrolment.certificatePem.split(/\r?\n/)[1] ?? '?')),
    ).toBe(true);
    expect(certificate.publicKey.equals(createPublicKey(createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }))))).toBe(true);
    expect(tableShape(office.db, 'sync_certificates').columns).not.toContain('pkcs12');
  });
});
