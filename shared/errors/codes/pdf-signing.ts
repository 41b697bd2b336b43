import type { ErrorTexts } from './types';

/**
 * Signing a report as PAdES (electron/services/signing/sign-pdf.ts) and the one verifier finding about the
 * signing-certificate-v2 attribute (verify-pdf.ts); the other verifier findings are in pdf-verify.ts.
 */
export const pdfSigningErrors = {
  PDF_SIGN_PLACEHOLDER_TEXT_MISSING: {
    zh: '无法在报告中写入签名信息（签名占位文本未找到）。请重新生成报告后再签署。',
    en: 'The signature details could not be written into the report (placeholder text not found). Generate the report again, then sign it.',
  },
  PDF_SIGN_TRAILER_UNREADABLE: {
    zh: '无法为签名整理报告的文件尾（{reason}）。请重新生成报告后再签署。',
    en: 'The report’s file trailer could not be prepared for signing ({reason}). Generate the report again, then sign it.',
  },
  PDF_SIG_SIGNING_CERT_MISMATCH: {
    zh: '签名中登记的签名证书（signing-certificate-v2）与附带的证书不一致，签名可能被移花接木。',
    en: 'The signing certificate recorded in the signature (signing-certificate-v2) does not match the certificate attached; the signature may have been transplanted.',
  },
} satisfies ErrorTexts;
