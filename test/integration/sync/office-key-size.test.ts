import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import type { Database } from '../../../db/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { openDatabase } from '../../../db/open';
import { saveOfficeKeys } from '../../../db/repositories/sync-office';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { verifyBundle } from '../../../electron/services/sync/office/bundle-open';
import { caName, initOffice, OFFICE_SENDER, unlockOffice } from '../../../electron/services/sync/office/office-keys';
import { encryptKey, issueCertificate } from '../../../electron/services/sync/pki/certificates';
import { claimRole } from '../../../electron/services/sync/role';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, PASSPHRASE, type Office } from './sync-fixtures';

// New offices get RSA-3072 root and exchange keys (they live 10 years); offices made earlier with RSA-2048 keep working.
let world: ReturnType<typeof makeWorld>;
const opened: Database[] = [];
beforeAll(() => {
  world = makeWorld();
});
afterAll(() => {
  for (const db of opened) db.close();
  world.close();
});

const bitsOf = (pem: string) => new X509Certificate(pem).publicKey.asymmetricKeyDetails?.modulusLength;

/** `office init` as it was before RSA-3072: the same certificates with 2048-bit keys, stored the same way. */
function legacyOffice2048(name: string): Office {
  const path = world.temp.file(name);
  const { db } = openDatabase(path, { create: true });
  opened.push(db);
  createDemoData(db);
  const officeName = '阳泉市人力资源和社会保障局';
  const ca = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const exchange = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const root = caName(officeName);
  const caCertificatePem = issueCertificate({
    subject: root,
    subjectPublicKey: ca.publicKey,
    issuer: { name: root, key: ca.privateKey },
    use: 'ca',
    now: NOW,
    validityYears: 10,
  });
  const officeCertificatePem = issueCertificate({
    subject: { commonName: officeName, organization: officeName, unit: OFFICE_SENDER },
    subjectPublicKey: exchange.publicKey,
    issuer: { name: root, key: ca.privateKey },
    use: 'office',
    now: NOW,
    validityYears: 10,
  });
  claimRole(db, 'office');
  saveOfficeKeys(db, {
    officeName,
    caCertificatePem,
    caKeyEncryptedPem: encryptKey(ca.privateKey, PASSPHRASE),
    officeCertificatePem,
    officeKeyEncryptedPem: encryptKey(exchange.privateKey, PASSPHRASE),
    createdAt: NOW.toISOString(),
  });
  return { db, path, keys: unlockOffice(db, PASSPHRASE) };
}

/** Enrol a laptop, send it a pack (it verifies the office's signature), inspect, bring the bundle back. */
async function roundTrip(office: Office, deviceKey: string) {
  const [filing] = filingsOfYear(office.db, 2020);
  if (filing === undefined) throw new Error('demo filing missing');
  const field = world.field(office, deviceKey, '张三', [filing]);
  await inspect(field, filing);
  const bundle = exportBundle(world, field, `${deviceKey}.skb`);
  expect(verifyBundle(office.db, bundle, office.keys, NOW)).toMatchObject({ deviceKey, sequence: 1 });
  expect(importBundle(office.db, bundle, office.keys, NOW)).toMatchObject({ status: 'imported', added: 1 });
}

describe('office key size', () => {
  it('a new office gets RSA-3072 root and exchange keys; enrolment, packs and bundles work with them', async () => {
    const office = world.office('office-3072.sqlite');
    expect(bitsOf(office.keys.caCertificatePem)).toBe(3072);
    expect(bitsOf(office.keys.officeCertificatePem)).toBe(3072);
    expect(office.keys.caKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    await roundTrip(office, 'laptop-01');
  });

  it('an office made earlier with RSA-2048 keys still enrols, signs packs and verifies bundles', async () => {
    const office = legacyOffice2048('office-2048.sqlite');
    expect(bitsOf(office.keys.caCertificatePem)).toBe(2048);
    await roundTrip(office, 'laptop-02');
  });

  it('office init with RSA-3072 keys takes a few seconds at most', () => {
    const path = world.temp.file('timed.sqlite');
    const { db } = openDatabase(path, { create: true });
    opened.push(db);
    const started = performance.now();
    initOffice(db, { officeName: '测试单位', passphrase: PASSPHRASE, now: NOW });
    const elapsed = performance.now() - started;
    console.info(`office init (two RSA-3072 keys, node:crypto): ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(30_000);
  });
});
