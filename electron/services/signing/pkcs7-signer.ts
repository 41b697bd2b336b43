import { createHash, sign as rsaSign } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import type { SigningIdentity } from './identity';

const { asn1 } = forge;
const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

const seq = (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const set = (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
const oid = (value: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(value).getBytes());
const octets = (bytes: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
const nullValue = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
const explicit = (tag: number, items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, items);
const integer = (value: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(value).getBytes());

/**
 * CMS detached SignedData for PAdES baseline B-B (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached), SHA-256 with
 * RSA. Signed attributes: content-type, message-digest and ESS signing-certificate-v2 (RFC 5035), which binds the
 * signature to the signer's certificate so it cannot be swapped for another one with the same key. No signing-time:
 * PAdES baseline forbids it, the claimed signing time is the signature dictionary's /M.
 *
 * Built by hand instead of forge's pkcs7 because forge re-encodes a parsed UTF8String issuer a second time, so a
 * Chinese issuer name would no longer match the certificate; here issuer and serial are copied byte for byte from
 * the certificate's own DER. Instances hold no state between signatures, so one signer per signing keeps several
 * panel members' incremental signatures independent.
 */
export class CadesDetachedSigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const digest = createHash('sha256').update(pdfBuffer).digest();
    const certificate = asn1.fromDer(this.identity.certificateDer.toString('binary'));
    const tbs = (certificate.value as forge.asn1.Asn1[])[0] as forge.asn1.Asn1;
    const tbsFields = tbs.value as forge.asn1.Asn1[];
    // TBSCertificate: [0] version, serialNumber, signature, issuer, …
    const serial = tbsFields[1] as forge.asn1.Asn1;
    const issuer = tbsFields[3] as forge.asn1.Asn1;

    const attributes = sortedForDer([
      attribute(OID.contentType, oid(OID.data)),
      attribute(OID.messageDigest, octets(digest)),
      attribute(OID.signingCertificateV2, signingCertificateV2(this.identity.certificateDer, issuer, serial)),
    ]);
    // The signature covers the DER of the attributes as a SET (RFC 5652 §5.4), not the [0] IMPLICIT form.
    const signedAttributesDer = Buffer.from(asn1.toDer(set(attributes)).getBytes(), 'binary');
    const signature = rsaSign('sha256', signedAttributesDer, this.identity.privateKey);

    const signerInfo = seq([
      integer(1),
      seq([issuer, serial]),
      seq([oid(OID.sha256), nullValue()]),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attributes),
      seq([oid(OID.rsaEncryption), nullValue()]),
      octets(signature),
    ]);
    const signedData = seq([
      integer(1),
      set([seq([oid(OID.sha256), nullValue()])]),
      seq([oid(OID.data)]),
      explicit(0, [certificate]),
      set([signerInfo]),
    ]);
    const contentInfo = seq([oid(OID.signedData), explicit(0, [signedData])]);
    return Buffer.from(asn1.toDer(contentInfo).getBytes(), 'binary');
  }
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with one ESSCertIDv2 { certHash, issuerSerial }:
 * the hash algorithm is left out because SHA-256 is its DER default; issuerSerial names the issuer as a
 * GeneralName directoryName ([4], explicit because Name is a CHOICE).
 */
function signingCertificateV2(certificateDer: Buffer, issuer: forge.asn1.Asn1, serial: forge.asn1.Asn1): forge.asn1.Asn1 {
  const certHash = createHash('sha256').update(certificateDer).digest();
  const issuerSerial = seq([seq([explicit(4, [issuer])]), serial]);
  return seq([seq([seq([octets(certHash), issuerSerial])])]);
}

function attribute(type: string, value: forge.asn1.Asn1): forge.asn1.Asn1 {
  return seq([oid(type), set([value])]);
}

/** DER orders the members of a SET OF by their encodings. */
function sortedForDer(items: forge.asn1.Asn1[]): forge.asn1.Asn1[] {
  const encoded = items.map((item) => ({ item, der: Buffer.from(asn1.toDer(item).getBytes(), 'binary') }));
  return encoded.sort((a, b) => Buffer.compare(a.der, b.der)).map((entry) => entry.item);
}
