import forge from 'node-forge';
import { AppError } from '../../../shared/errors';

const { asn1 } = forge;

/** The parts of a PKCS#7 SignedData the verifier needs, as raw DER where bytes must match exactly. */
export interface ParsedSignedData {
  certificatesDer: Buffer[];
  signerIssuerDer: Buffer;
  signerSerialDer: Buffer;
  digestAlgorithmOid: string;
  /** The signed attributes re-tagged as SET OF: what the signature covers (RFC 5652 §5.4). */
  signedAttributesDer: Buffer;
  messageDigest: Buffer | null;
  signingTime: Date | null;
  /** The first ESSCertIDv2 of signing-certificate-v2 (RFC 5035): the signer's certificate; null when absent. */
  signingCertificate: EssCertId | null;
  signature: Buffer;
}

export interface EssCertId {
  hashAlgorithmOid: string;
  certHash: Buffer;
  /** The serial number of issuerSerial as DER, when present. */
  serialDer: Buffer | null;
}

const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';
const OID_SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const OID_SHA256 = '2.16.840.1.101.3.4.2.1';

const der = (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const children = (node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] => (Array.isArray(node?.value) ? (node.value as forge.asn1.Asn1[]) : []);

/** Throws an AppError (PDF_SIG_*) when the blob is not a SignedData with exactly the fields we check. */
export function parseSignedData(blob: Buffer): ParsedSignedData {
  const contentInfo = asn1.fromDer(blob.toString('binary'));
  const signedData = children(children(contentInfo)[1])[0];
  const fields = children(signedData);
  const certificates = fields.find((node) => node.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === 0);
  const signerInfos = fields[fields.length - 1];
  const signerInfo = children(signerInfos)[0];
  const parts = children(signerInfo);
  if (!signedData || parts.length < 5) throw new AppError('PDF_SIG_NOT_SIGNED_DATA');
  const [, issuerAndSerial, digestAlgorithm, maybeAttributes] = parts;
  const hasAttributes = maybeAttributes?.tagClass === asn1.Class.CONTEXT_SPECIFIC && maybeAttributes.type === 0;
  if (!hasAttributes || !maybeAttributes) throw new AppError('PDF_SIG_NO_SIGNED_ATTRIBUTES');
  const signatureNode = parts[parts.length - 1] as forge.asn1.Asn1;

  const attributes = children(maybeAttributes);
  const attributeValue = (oid: string) => {
    const found = attributes.find((attribute) => asn1.derToOid(children(attribute)[0]?.value as string) === oid);
    return children(children(found)[1])[0];
  };
  const digestNode = attributeValue(OID_MESSAGE_DIGEST);
  const timeNode = attributeValue(OID_SIGNING_TIME);
  const signingCertificateNode = attributeValue(OID_SIGNING_CERTIFICATE_V2);
  const asSet = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attributes);

  return {
    certificatesDer: children(certificates).map(der),
    signerIssuerDer: der(children(issuerAndSerial)[0] as forge.asn1.Asn1),
    signerSerialDer: der(children(issuerAndSerial)[1] as forge.asn1.Asn1),
    digestAlgorithmOid: asn1.derToOid(children(digestAlgorithm)[0]?.value as string),
    signedAttributesDer: der(asSet),
    messageDigest: digestNode ? Buffer.from(digestNode.value as string, 'binary') : null,
    signingTime: timeNode ? readTime(timeNode) : null,
    signingCertificate: signingCertificateNode ? readEssCertId(signingCertificateNode) : null,
    signature: Buffer.from(signatureNode.value as string, 'binary'),
  };
}

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, … }; ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash, issuerSerial OPTIONAL }. */
function readEssCertId(node: forge.asn1.Asn1): EssCertId {
  const fields = children(children(children(node)[0])[0]);
  const hasAlgorithm = fields[0]?.type === asn1.Type.SEQUENCE;
  const hashAlgorithmOid = hasAlgorithm ? asn1.derToOid(children(fields[0])[0]?.value as string) : OID_SHA256;
  const certHash = fields[hasAlgorithm ? 1 : 0];
  const issuerSerial = fields[hasAlgorithm ? 2 : 1];
  if (certHash?.type !== asn1.Type.OCTETSTRING) throw new AppError('PDF_SIG_SIGNING_CERT_MISMATCH');
  const serial = children(issuerSerial)[1];
  return { hashAlgorithmOid, certHash: Buffer.from(certHash.value as string, 'binary'), serialDer: serial ? der(serial) : null };
}

function readTime(node: forge.asn1.Asn1): Date | null {
  const value = node.value as string;
  if (node.type === asn1.Type.UTCTIME) return asn1.utcTimeToDate(value);
  if (node.type === asn1.Type.GENERALIZEDTIME) return asn1.generalizedTimeToDate(value);
  return null;
}

/** Issuer and serial of a certificate as DER, to find the signer's certificate among those in the blob. */
export function issuerAndSerialOf(certificateDer: Buffer): { issuer: Buffer; serial: Buffer } {
  const tbs = children(asn1.fromDer(certificateDer.toString('binary')))[0];
  const fields = children(tbs);
  const offset = fields[0]?.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: der(fields[offset] as forge.asn1.Asn1), issuer: der(fields[offset + 2] as forge.asn1.Asn1) };
}
