import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { AppError, errorText, type ErrorParams } from '../../../shared/errors';
import type { SignatureStatus } from '../../../shared/ipc/channels/reports';
import { certificateCommonName } from './identity';
import { ModificationAnalysis } from './modification-analysis';
import { findSignatures, type FoundSignature } from './pdf-signatures';
import { issuerAndSerialOf, parseSignedData, type EssCertId } from './pkcs7-parse';

/** A finding as a registry code (shared/errors/codes/pdf-verify.ts) with its parameters, for windows to translate. */
export interface PdfIssue {
  code: string;
  params: ErrorParams;
}

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
  /**
   * invalid: the signature does not hold (digest, signature value, certificate, trust); modified-after-signing: it
   * holds for its own revision, but a revision appended later changed more than adding signatures.
   */
  status: SignatureStatus;
  /** status === 'valid'. */
  valid: boolean;
  issues: PdfIssue[];
  /** The issues as zh-CN sentences (CLI text output, logs). */
  problems: string[];
}

export interface PdfVerification {
  /** At least one signature, every one valid (and trusted when anchors were given), nothing unsigned appended. */
  valid: boolean;
  signatures: SignatureCheck[];
  issues: PdfIssue[];
  problems: string[];
}

const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.3.14.3.2.26': 'sha1',
};

const issue = (code: string, params: ErrorParams = {}): PdfIssue => ({ code, params });
const sentences = (issues: readonly PdfIssue[]) => issues.map((i) => errorText(i.code, i.params));

/**
 * Our own check, independent of @signpdf: for each signature recompute the digest over its ByteRange, compare it
 * with the signed messageDigest, verify the RSA signature over the signed attributes with the signer's certificate
 * and, given trust anchors, that the certificate was issued by one of them and valid at signing time. A signature
 * covers only its own revision, so what every later revision changed is judged too (modification-analysis.ts).
 */
export function verifyPdf(pdf: Buffer, trustAnchorsPem: readonly string[] = []): PdfVerification {
  const anchors = trustAnchorsPem.map((pem) => new X509Certificate(pem));
  const modifications = new ModificationAnalysis(pdf);
  const signatures = findSignatures(pdf).map((found, index) => checkSignature(pdf, found, index, anchors, modifications));
  const issues: PdfIssue[] = [];
  if (signatures.length === 0) issues.push(issue('PDF_NO_SIGNATURE'));
  const last = signatures[signatures.length - 1];
  if (last && !last.coversWholeFile) issues.push(issue('PDF_UNSIGNED_APPENDIX'));
  const valid = issues.length === 0 && signatures.every((s) => s.valid);
  return { valid, signatures, issues, problems: sentences(issues) };
}

function checkSignature(
  pdf: Buffer,
  found: FoundSignature,
  index: number,
  anchors: readonly X509Certificate[],
  modifications: ModificationAnalysis,
): SignatureCheck {
  const [start, firstLength, secondStart, secondLength] = found.byteRange;
  const signedEnd = secondStart + secondLength;
  const result: SignatureCheck = {
    index: index + 1,
    signer: found.name,
    reason: found.reason,
    location: found.location,
    signingTime: null,
    coversWholeFile: signedEnd === pdf.length,
    trusted: anchors.length > 0 ? false : null,
    status: 'invalid',
    valid: false,
    issues: [],
    problems: [],
  };
  const issues = result.issues;
  if (start !== 0 || firstLength >= secondStart || signedEnd > pdf.length) {
    issues.push(issue('PDF_SIG_BYTE_RANGE_INVALID'));
  } else {
    checkCryptography(pdf, found, result, anchors);
  }
  if (issues.length === 0) {
    const changes = modifications.after(signedEnd);
    if (changes.length > 0) issues.push(issue('PDF_MODIFIED_AFTER_SIGNING'), ...changes);
    result.status = changes.length > 0 ? 'modified-after-signing' : 'valid';
  }
  result.valid = result.status === 'valid';
  result.problems = sentences(issues);
  return result;
}

function checkCryptography(pdf: Buffer, found: FoundSignature, result: SignatureCheck, anchors: readonly X509Certificate[]): void {
  const [start, firstLength, secondStart, secondLength] = found.byteRange;
  const issues = result.issues;
  try {
    const signed = parseSignedData(found.contents);
    // PAdES signs no signing-time attribute: the claimed time is /M, inside the signed range (old adbe.pkcs7 ones have both).
    const signingTime = signed.signingTime ?? found.claimedSigningTime;
    result.signingTime = signingTime?.toISOString() ?? null;
    const algorithm = DIGESTS[signed.digestAlgorithmOid];
    if (!algorithm) throw new AppError('PDF_SIG_DIGEST_UNSUPPORTED', { oid: signed.digestAlgorithmOid });
    const digest = createHash(algorithm)
      .update(pdf.subarray(start, start + firstLength))
      .update(pdf.subarray(secondStart, secondStart + secondLength))
      .digest();
    if (!signed.messageDigest || !digest.equals(signed.messageDigest)) issues.push(issue('PDF_SIG_DIGEST_MISMATCH'));

    const certificateDer = signed.certificatesDer.find((der) => {
      const { issuer, serial } = issuerAndSerialOf(der);
      return issuer.equals(signed.signerIssuerDer) && serial.equals(signed.signerSerialDer);
    });
    if (!certificateDer) {
      issues.push(issue('PDF_SIG_NO_CERTIFICATE'));
      return;
    }
    result.signer = certificateCommonName(certificateDer) || result.signer;
    if (signed.signingCertificate && !namesCertificate(signed.signingCertificate, certificateDer, signed.signerSerialDer)) {
      issues.push(issue('PDF_SIG_SIGNING_CERT_MISMATCH'));
    }
    const certificate = new X509Certificate(certificateDer);
    if (!verifySignature(algorithm, signed.signedAttributesDer, certificate.publicKey, signed.signature)) {
      issues.push(issue('PDF_SIG_SIGNATURE_MISMATCH'));
    }
    if (anchors.length > 0) result.trusted = checkTrust(certificate, signingTime, anchors, issues);
  } catch (error) {
    if (error instanceof AppError) issues.push(issue(error.code, error.params));
    else issues.push(issue('PDF_SIG_UNPARSEABLE', { reason: error instanceof Error ? error.message : String(error) }));
  }
}

/** signing-certificate-v2 binds the signature to one certificate (RFC 5035): its hash, and its serial when given. */
function namesCertificate(essCertId: EssCertId, certificateDer: Buffer, signerSerialDer: Buffer): boolean {
  const algorithm = DIGESTS[essCertId.hashAlgorithmOid];
  if (!algorithm) return false;
  const hashMatches = createHash(algorithm).update(certificateDer).digest().equals(essCertId.certHash);
  return hashMatches && (essCertId.serialDer === null || essCertId.serialDer.equals(signerSerialDer));
}

function checkTrust(certificate: X509Certificate, signingTime: Date | null, anchors: readonly X509Certificate[], issues: PdfIssue[]): boolean {
  const issuedByAnchor = anchors.some(
    (anchor) => anchor.fingerprint256 === certificate.fingerprint256 || (certificate.checkIssued(anchor) && certificate.verify(anchor.publicKey)),
  );
  if (!issuedByAnchor) {
    issues.push(issue('PDF_SIG_UNTRUSTED'));
    return false;
  }
  const at = signingTime ?? new Date();
  if (at < new Date(certificate.validFrom) || at > new Date(certificate.validTo)) {
    issues.push(issue('PDF_SIG_CERT_NOT_VALID_THEN'));
    return false;
  }
  return true;
}
