import { createHash, sign as rsaSign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/services/pdf/render-report';
import { createSelfSignedIdentity, unlockIdentity, type SigningIdentity } from '../../../electron/services/signing/identity';
import { findSignatures } from '../../../electron/services/signing/pdf-signatures';
import { parseSignedData } from '../../../electron/services/signing/pkcs7-parse';
import { signPdf } from '../../../electron/services/signing/sign-pdf';
import { verifyPdf } from '../../../electron/services/signing/verify-pdf';
import { pdfsig } from '../../support/poppler';
import { shanxiSheetModel } from '../../support/report-fixtures';
import { makeTempDir } from '../../support/temp';

// Issue 19, point 6: the sheets are signed as PAdES baseline B-B (ETSI EN 319 142-1): SubFilter ETSI.CAdES.detached,
// signed attributes content-type, message-digest and ESS signing-certificate-v2, no signing-time (the claimed time
// is the dictionary's /M). Sheets signed before as adbe.pkcs7.detached must still verify.

const { asn1 } = forge;
const OID = {
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};
const LEGACY_FIXTURE = join(__dirname, '../../fixtures/pdf/legacy-adbe-pkcs7-two-signers.pdf');
const PASSPHRASE = 'panel-pin-2023';
const SIGNED_AT = [new Date('2026-11-20T02:30:00Z'), new Date('2026-11-20T02:41:00Z')];

const temp = makeTempDir();
let panel: SigningIdentity[];
let signedTwice: Buffer;
let signedFile: string;

beforeAll(async () => {
  panel = ['张三', '李四'].map((commonName) => unlockIdentity(createSelfSignedIdentity({ commonName, passphrase: PASSPHRASE }), PASSPHRASE));
  let pdf = await renderReport(shanxiSheetModel());
  for (const [index, identity] of panel.entries()) {
    pdf = await signPdf(pdf, identity, {
      reason: '专家评估组成员签署评估结果',
      name: identity.commonName,
      location: '阳泉市',
      signingTime: SIGNED_AT[index],
    });
  }
  signedTwice = pdf;
  signedFile = temp.file('pades-two-signers.pdf');
  writeFileSync(signedFile, pdf);
});
afterAll(() => temp.cleanup());

const children = (node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] => (Array.isArray(node?.value) ? (node.value as forge.asn1.Asn1[]) : []);

/** The signed attributes of the first SignerInfo, by OID, each as its first value, read here independently of pkcs7-parse. */
function signedAttributes(cms: Buffer): Map<string, forge.asn1.Asn1 | undefined> {
  const signedData = children(children(asn1.fromDer(cms.toString('binary')))[1])[0];
  const fields = children(signedData);
  const signerInfo = children(fields[fields.length - 1])[0];
  const attributes = children(signerInfo).find((node) => node.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === 0);
  return new Map(
    children(attributes).map((attribute) => [asn1.derToOid(children(attribute)[0]?.value as string), children(children(attribute)[1])[0]]),
  );
}

describe('PAdES baseline B-B signatures', () => {
  it('every signature dictionary says ETSI.CAdES.detached and carries its signing time in /M', () => {
    const text = signedTwice.toString('latin1');
    expect([...text.matchAll(/\/SubFilter\s*\/([\w.]+)/g)].map((m) => m[1])).toEqual(['ETSI.CAdES.detached', 'ETSI.CAdES.detached']);
    expect([...text.matchAll(/\/M\s*\((D:\d{14}Z)\)/g)].map((m) => m[1])).toEqual(['D:20261120023000Z', 'D:20261120024100Z']);
  });

  it('each CMS signs content-type, message-digest and signing-certificate-v2 with its own signer’s certificate hash, no signing-time', () => {
    const found = findSignatures(signedTwice);
    expect(found).toHaveLength(2);
    for (const [index, signature] of found.entries()) {
      const attributes = signedAttributes(signature.contents);
      expect([...attributes.keys()].sort()).toEqual([OID.contentType, OID.messageDigest, OID.signingCertificateV2].sort());
      expect(attributes.has(OID.signingTime)).toBe(false);
      // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 with the default SHA-256 omitted.
      const certIds = children(children(attributes.get(OID.signingCertificateV2))[0]);
      expect(certIds).toHaveLength(1);
      const [certHash] = children(certIds[0]);
      expect(certHash?.type).toBe(asn1.Type.OCTETSTRING);
      const expected = createHash('sha256')
        .update(panel[index]?.certificateDer ?? Buffer.alloc(0))
        .digest('hex');
      expect(Buffer.from(certHash?.value as string, 'binary').toString('hex')).toBe(expected);
    }
  });

  it('pdfsig says both are valid PAdES signatures', () => {
    const report = pdfsig(signedFile);
    expect(report.match(/Signature is Valid\./g)?.length).toBe(2);
    expect(report.match(/Signature Type: ETSI\.CAdES\.detached/g)?.length).toBe(2);
    expect(report).toContain('Signer Certificate Common Name: 张三');
    expect(report).toContain('Signer Certificate Common Name: 李四');
  });

  it('our verifier accepts both and reads the signing time from /M', () => {
    const report = verifyPdf(signedTwice);
    expect(report.valid).toBe(true);
    expect(report.signatures.map((s) => [s.signer, s.status, s.signingTime])).toEqual([
      ['张三', 'valid', '2026-11-20T02:30:00.000Z'],
      ['李四', 'valid', '2026-11-20T02:41:00.000Z'],
    ]);
  });

  it('a signing-certificate-v2 naming another certificate is refused, even when the signature value itself is right', () => {
    const [first] = findSignatures(signedTwice);
    if (!first || !panel[0] || !panel[1]) throw new Error('no signature');
    const own = createHash('sha256').update(panel[0].certificateDer).digest('hex');
    const other = createHash('sha256').update(panel[1].certificateDer).digest('hex');
    const original = parseSignedData(first.contents);
    // The signer's key holder rebinds the signature to another certificate: new hash, attributes signed again.
    const rebound = Buffer.from(first.contents.toString('hex').replace(own, other), 'hex');
    const resigned = rsaSign('sha256', parseSignedData(rebound).signedAttributesDer, panel[0].privateKey);
    const forged = Buffer.from(rebound.toString('hex').replace(original.signature.toString('hex'), resigned.toString('hex')), 'hex');
    expect(forged.length).toBe(first.contents.length);
    const pdf = Buffer.from(signedTwice.toString('latin1').replace(first.contents.toString('hex'), forged.toString('hex')), 'latin1');

    const check = verifyPdf(pdf).signatures[0];
    expect(check?.status).toBe('invalid');
    expect(check?.issues.map((i) => i.code)).toEqual(['PDF_SIG_SIGNING_CERT_MISMATCH']);
    expect(check?.problems[0]).toContain('签名证书');
  });
});

describe('sheets signed before PAdES (adbe.pkcs7.detached with signing-time)', () => {
  it('still verify, with the signing time from the CMS', () => {
    const legacy = readFileSync(LEGACY_FIXTURE);
    expect(legacy.toString('latin1')).toContain('/SubFilter /adbe.pkcs7.detached');
    const report = verifyPdf(legacy);
    expect(report.valid).toBe(true);
    expect(report.signatures.map((s) => [s.signer, s.status, s.signingTime])).toEqual([
      ['张三', 'valid', '2026-11-20T02:30:00.000Z'],
      ['李四', 'valid', '2026-11-20T02:31:00.000Z'],
    ]);
  });

  it('one flipped byte in a legacy sheet is still caught', () => {
    const legacy = readFileSync(LEGACY_FIXTURE);
    legacy[2000] = (legacy[2000] ?? 0) ^ 0x01;
    expect(verifyPdf(legacy).signatures.map((s) => s.status)).toEqual(['invalid', 'invalid']);
  });

  it('a legacy sheet signed once more by the app gets a valid PAdES signature beside the old ones', async () => {
    const identity = panel[0];
    if (!identity) throw new Error('no identity');
    const pdf = await signPdf(readFileSync(LEGACY_FIXTURE), identity, { reason: '专家评估组成员签署评估结果', name: '张三', location: '阳泉市' });
    expect(verifyPdf(pdf).signatures.map((s) => s.status)).toEqual(['valid', 'valid', 'valid']);
    const file = temp.file('legacy-plus-pades.pdf');
    writeFileSync(file, pdf);
    expect(pdfsig(file).match(/Signature is Valid\./g)?.length).toBe(3);
  });
});
