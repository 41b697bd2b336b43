import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { certificateCommonName } from './identity';
import { findSignatures, type FoundSignature } from './pdf-signatures';
import { issuerAndSerialOf, parseSignedData } from './pkcs7-parse';

export interface SignatureCheck {
  index: number;
  signer: string;
  reason: string;
  location: string;
  signingTime: string | null;
  /** The signed range reaches the end of the file (true only for the last of several incremental signatures). */
  coversWholeFile: boolean;
  /** Null when no trust anchor was given. */
  trusted: boolean | null;
  valid: boolean;
  problems: string[];
}

export interface PdfVerification {
  /** At least one signature, every one valid (and trusted when anchors were given), nothing unsigned appended. */
  valid: boolean;
  signatures: SignatureCheck[];
  problems: string[];
}

const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.3.14.3.2.26': 'sha1',
};

/**
 * Our own check, independent of @signpdf: for each signature recompute the digest over its ByteRange, compare it
 * with the signed messageDigest, verify the RSA signature over the signed attributes with the signer's certificate
 * and, given trust anchors, that the certificate was issued by one of them and valid at signing time.
 */
export function verifyPdf(pdf: Buffer, trustAnchorsPem: readonly string[] = []): PdfVerification {
  const anchors = trustAnchorsPem.map((pem) => new X509Certificate(pem));
  const signatures = findSignatures(pdf).map((found, index) => checkSignature(pdf, found, index, anchors));
  const problems: string[] = [];
  if (signatures.length === 0) problems.push('文件中没有数字签名');
  const last = signatures[signatures.length - 1];
  if (last && !last.coversWholeFile) problems.push('最后一个签名之后文件又被追加了未签名的内容');
  const valid = problems.length === 0 && signatures.every((s) => s.valid && s.trusted !== false);
  return { valid, signatures, problems };
}

function checkSignature(pdf: Buffer, found: FoundSignature, index: number, anchors: readonly X509Certificate[]): SignatureCheck {
  const [start, firstLength, secondStart, secondLength] = found.byteRange;
  const result: SignatureCheck = {
    index: index + 1,
    signer: found.name,
    reason: found.reason,
    location: found.location,
    signingTime: null,
    coversWholeFile: secondStart + secondLength === pdf.length,
    trusted: anchors.length > 0 ? false : null,
    valid: false,
    problems: [],
  };
  if (start !== 0 || firstLength >= secondStart || secondStart + secondLength > pdf.length) {
    result.problems.push('签名范围（ByteRange）无效');
    return result;
  }
  try {
    const signed = parseSignedData(found.contents);
    result.signingTime = signed.signingTime?.toISOString() ?? null;
    const algorithm = DIGESTS[signed.digestAlgorithmOid];
    if (!algorithm) throw new Error(`不支持的摘要算法 ${signed.digestAlgorithmOid}`);
    const digest = createHash(algorithm)
      .update(pdf.subarray(start, start + firstLength))
      .update(pdf.subarray(secondStart, secondStart + secondLength))
      .digest();
    if (!signed.messageDigest || !digest.equals(signed.messageDigest)) result.problems.push('摘要不匹配（Digest Mismatch）：签名后文件内容被修改');

    const certificateDer = signed.certificatesDer.find((der) => {
      const { issuer, serial } = issuerAndSerialOf(der);
      return issuer.equals(signed.signerIssuerDer) && serial.equals(signed.signerSerialDer);
    });
    if (!certificateDer) {
      result.problems.push('签名中找不到签名人证书');
      return result;
    }
    result.signer = certificateCommonName(certificateDer) || result.signer;
    const certificate = new X509Certificate(certificateDer);
    if (!verifySignature(algorithm, signed.signedAttributesDer, certificate.publicKey, signed.signature)) {
      result.problems.push('签名值校验失败：签名与证书公钥不符');
    }
    if (anchors.length > 0) result.trusted = checkTrust(certificate, signed.signingTime, anchors, result.problems);
  } catch (error) {
    result.problems.push(`签名数据无法解析：${error instanceof Error ? error.message : String(error)}`);
  }
  result.valid = result.problems.length === 0;
  return result;
}

function checkTrust(certificate: X509Certificate, signingTime: Date | null, anchors: readonly X509Certificate[], problems: string[]): boolean {
  const issuedByAnchor = anchors.some(
    (anchor) => anchor.fingerprint256 === certificate.fingerprint256 || (certificate.checkIssued(anchor) && certificate.verify(anchor.publicKey)),
  );
  if (!issuedByAnchor) {
    problems.push('签名人证书不是由受信任的证书签发');
    return false;
  }
  const at = signingTime ?? new Date();
  if (at < new Date(certificate.validFrom) || at > new Date(certificate.validTo)) {
    problems.push('签名时证书不在有效期内');
    return false;
  }
  return true;
}
