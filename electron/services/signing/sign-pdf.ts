import { randomBytes } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { AppError } from '../../../shared/errors';
import type { SigningIdentity } from './identity';
import { correctPlaceholderTrailer } from './placeholder-trailer';
import { CadesDetachedSigner } from './pkcs7-signer';

export interface SignatureDetails {
  /** 签名原因, e.g. 专家评估组成员签署评估结果. */
  reason: string;
  /** Signer's name as shown in the signature dictionary. */
  name: string;
  location: string;
  contactInfo?: string;
  /** Written as the signature dictionary's /M, the claimed signing time of a PAdES signature. */
  signingTime?: Date;
}

/** Room for the hex CMS (a self-signed RSA-2048 signature is ≈ 1.3 KB; an office CA chain fits too). */
const SIGNATURE_BYTES = 8192;

/**
 * Appends one PAdES baseline B-B signature (ETSI.CAdES.detached, see pkcs7-signer.ts) as an incremental update with
 * its own placeholder, so every earlier signature stays valid: the panel members sign one after another on the
 * same file.
 */
export async function signPdf(pdf: Buffer, identity: SigningIdentity, details: SignatureDetails): Promise<Buffer> {
  const signingTime = details.signingTime ?? new Date();
  const texts = {
    reason: details.reason,
    name: details.name,
    location: details.location,
    contactInfo: details.contactInfo ?? '',
  };
  const tokens = placeholderTokens(texts);
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: tokens.reason.token,
    name: tokens.name.token,
    location: tokens.location.token,
    contactInfo: tokens.contactInfo.token,
    signingTime,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'SkillInspector', // written as a PDF name: no spaces
  });
  const withTexts = Object.values(tokens).reduce(
    (buffer, { token, hex }) => (hex === null ? buffer : replaceSameLength(buffer, `(${token})`, hex)),
    correctPlaceholderTrailer(withPlaceholder),
  );
  return new SignPdf().sign(withTexts, new CadesDetachedSigner(identity));
}

/**
 * @signpdf/placeholder-plain writes its UTF-16 strings through Buffer.from(string) (UTF-8), which garbles Chinese.
 * So a non-ASCII text goes in as an ASCII token exactly as long as the hex string <FEFF…> that should stand there,
 * and the token is then overwritten in place: same length, so every xref offset stays right. ASCII passes as is.
 */
function placeholderTokens<K extends string>(texts: Record<K, string>): Record<K, { token: string; hex: string | null }> {
  const nonce = randomBytes(2).toString('hex');
  const entries = Object.entries(texts) as [K, string][];
  return Object.fromEntries(
    entries.map(([key, text], index) => {
      if (/^[\x20-\x7e]*$/.test(text)) return [key, { token: text, hex: null }];
      // At least one non-ASCII character: the hex form is ≥ 10 characters, the token ≥ 8, room for "~" + index + nonce.
      const hex = `<${Buffer.from(`\ufeff${text}`, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
      const token = `~${index}${nonce}`.padEnd(hex.length - 2, '~');
      return [key, { token, hex }];
    }),
  ) as Record<K, { token: string; hex: string | null }>;
}

function replaceSameLength(buffer: Buffer, search: string, replacement: string): Buffer {
  const at = buffer.lastIndexOf(search, undefined, 'latin1');
  if (at < 0 || search.length !== replacement.length) throw new AppError('PDF_SIGN_PLACEHOLDER_TEXT_MISSING');
  buffer.write(replacement, at, 'latin1');
  return buffer;
}
