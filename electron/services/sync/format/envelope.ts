import {
  createCipheriv,
  createDecipheriv,
  createHash,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  constants,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { SYNC_LIMITS } from './limits';
import { syncError } from './sync-error';

/**
 * The outer frame of a pack or bundle: what travels on the USB stick (or, later, over the LAN).
 *
 *   "SKISYNC1" | u32 BE header length | header (canonical JSON, UTF-8) | payload (AES-256-GCM ciphertext)
 *
 * The payload is encrypted with a fresh content key wrapped with RSA-OAEP (SHA-256) to the recipient's certificate.
 * The magic, length and header bytes are the GCM additional data, so a change to any byte of the file fails the
 * GCM tag check before anything inside is parsed: the cheap, constant first line of defence.
 */
export const ENVELOPE_MAGIC = Buffer.from('SKISYNC1', 'latin1');
/** Version of the sync file format (header and manifest). Bump on any incompatible change. */
export const SYNC_SCHEMA_VERSION = 1;
const PREFIX_BYTES = ENVELOPE_MAGIC.length + 4;

export const syncKinds = ['assignmentPack', 'resultBundle'] as const;
export type SyncKind = (typeof syncKinds)[number];

// Canonical base64 only: Node decodes leniently (unused padding bits are ignored), so without the re-encoding
// check a flipped bit in the tag's padding would still open — the tag itself is outside the GCM additional data.
const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .refine((text) => Buffer.from(text, 'base64').toString('base64') === text, '不是规范的 base64 编码');
const headerSchema = z
  .object({
    format: z.literal('skill-inspector-sync'),
    schemaVersion: z.literal(SYNC_SCHEMA_VERSION),
    kind: z.enum(syncKinds),
    sender: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    recipientCertSha256: z.string().regex(/^[0-9a-f]{64}$/),
    createdAt: z.iso.datetime(),
    payloadBytes: z.number().int().nonnegative(),
    cipher: z.literal('AES-256-GCM'),
    keyWrap: z.literal('RSA-OAEP-SHA256'),
    wrappedKey: base64,
    iv: base64,
    tag: base64,
  })
  .strict();
export type EnvelopeHeader = z.infer<typeof headerSchema>;

export interface ParsedEnvelope {
  header: EnvelopeHeader;
  /** magic + length + header: the GCM additional data. */
  authenticated: Buffer;
  ciphertext: Buffer;
}

export function certificateSha256(certificatePem: string): string {
  return createHash('sha256').update(new X509Certificate(certificatePem).raw).digest('hex');
}

export interface SealInput {
  kind: SyncKind;
  sender: string;
  createdAt: string;
  recipientCertificatePem: string;
  plaintext: Buffer;
}

export function sealEnvelope(input: SealInput): Buffer {
  const recipient = new X509Certificate(input.recipientCertificatePem);
  const contentKey = randomBytes(32);
  const iv = randomBytes(12);
  const wrappedKey = publicEncrypt({ key: recipient.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, contentKey);
  // The GCM tag is only known after encrypting yet travels in the header, so the additional data is the header with
  // a placeholder tag (aadOf); every other header byte is authenticated and the tag authenticates itself.
  const partial: EnvelopeHeader = {
    format: 'skill-inspector-sync',
    schemaVersion: SYNC_SCHEMA_VERSION,
    kind: input.kind,
    sender: input.sender,
    recipientCertSha256: createHash('sha256').update(recipient.raw).digest('hex'),
    createdAt: input.createdAt,
    payloadBytes: input.plaintext.length,
    cipher: 'AES-256-GCM',
    keyWrap: 'RSA-OAEP-SHA256',
    wrappedKey: wrappedKey.toString('base64'),
    iv: iv.toString('base64'),
    tag: 'AA==',
  };
  const cipher = createCipheriv('aes-256-gcm', contentKey, iv);
  cipher.setAAD(aadOf(partial));
  const ciphertext = Buffer.concat([cipher.update(input.plaintext), cipher.final()]);
  const header = Buffer.from(canonicalJson({ ...partial, tag: cipher.getAuthTag().toString('base64') }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([ENVELOPE_MAGIC, length, header, ciphertext]);
}

/** Additional data: the magic and the canonical header with a placeholder tag (the tag cannot cover itself). */
function aadOf(header: EnvelopeHeader): Buffer {
  return Buffer.concat([ENVELOPE_MAGIC, Buffer.from(canonicalJson({ ...header, tag: 'AA==' }), 'utf8')]);
}

/** Reads and checks the frame and header; nothing is decrypted yet. */
export function parseEnvelope(file: Buffer): ParsedEnvelope {
  if (file.length > SYNC_LIMITS.maxFileBytes) throw syncError('SYNC_TOO_LARGE', { reason: 'SYNC_REASON_FILE_BYTES', bytes: file.length });
  if (file.length < PREFIX_BYTES)
    throw syncError(file.length === 0 || ENVELOPE_MAGIC.subarray(0, file.length).equals(file) ? 'SYNC_TRUNCATED' : 'SYNC_NOT_A_BUNDLE');
  if (!file.subarray(0, ENVELOPE_MAGIC.length).equals(ENVELOPE_MAGIC)) throw syncError('SYNC_NOT_A_BUNDLE');
  const headerBytes = file.readUInt32BE(ENVELOPE_MAGIC.length);
  if (headerBytes > SYNC_LIMITS.maxHeaderBytes) throw syncError('SYNC_HEADER_INVALID', { reason: 'SYNC_REASON_HEADER_TOO_LONG' });
  if (file.length < PREFIX_BYTES + headerBytes) throw syncError('SYNC_TRUNCATED');
  const headerText = file.subarray(PREFIX_BYTES, PREFIX_BYTES + headerBytes);
  const header = readHeader(headerText);
  const ciphertext = file.subarray(PREFIX_BYTES + headerBytes);
  if (ciphertext.length < header.payloadBytes) throw syncError('SYNC_TRUNCATED');
  if (ciphertext.length > header.payloadBytes) throw syncError('SYNC_HEADER_INVALID', { reason: 'SYNC_REASON_TRAILING_BYTES' });
  return { header, authenticated: file.subarray(0, PREFIX_BYTES + headerBytes), ciphertext };
}

function readHeader(bytes: Buffer): EnvelopeHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw syncError('SYNC_HEADER_INVALID', { reason: 'SYNC_REASON_HEADER_NOT_JSON' });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw syncError('SYNC_HEADER_INVALID');
  checkSchemaVersion((raw as { schemaVersion?: unknown }).schemaVersion);
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw syncError('SYNC_HEADER_INVALID', { detail: parsed.error.issues[0]?.path.join('.') ?? '' });
  if (!isCanonicalJson(parsed.data, bytes.toString('utf8'))) throw syncError('SYNC_HEADER_INVALID', { reason: 'SYNC_REASON_HEADER_NOT_CANONICAL' });
  return parsed.data;
}

/** Older, newer and missing versions each get their own code (the user must upgrade one side or the other). */
export function checkSchemaVersion(version: unknown): void {
  if (version === undefined || version === null) throw syncError('SYNC_SCHEMA_MISSING');
  if (typeof version !== 'number' || !Number.isInteger(version))
    throw syncError('SYNC_SCHEMA_MISSING', { reason: 'SYNC_REASON_VERSION_INVALID', version: String(version) });
  if (version < SYNC_SCHEMA_VERSION)
    throw syncError('SYNC_SCHEMA_OLD', { reason: 'SYNC_REASON_VERSIONS', fileVersion: version, appVersion: SYNC_SCHEMA_VERSION });
  if (version > SYNC_SCHEMA_VERSION)
    throw syncError('SYNC_SCHEMA_NEW', { reason: 'SYNC_REASON_VERSIONS', fileVersion: version, appVersion: SYNC_SCHEMA_VERSION });
}

/** Unwraps the content key and decrypts; a wrong recipient or any changed byte ends here. */
export function openEnvelope(envelope: ParsedEnvelope, recipientCertificatePem: string, recipientKey: KeyObject): Buffer {
  if (envelope.header.recipientCertSha256 !== certificateSha256(recipientCertificatePem)) throw syncError('SYNC_WRONG_RECIPIENT');
  let contentKey: Buffer;
  try {
    contentKey = privateDecrypt(
      { key: recipientKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from(envelope.header.wrappedKey, 'base64'),
    );
  } catch {
    throw syncError('SYNC_DECRYPT_FAILED');
  }
  const iv = Buffer.from(envelope.header.iv, 'base64');
  const tag = Buffer.from(envelope.header.tag, 'base64');
  if (contentKey.length !== 32 || iv.length !== 12 || tag.length !== 16) throw syncError('SYNC_DECRYPT_FAILED');
  try {
    const decipher = createDecipheriv('aes-256-gcm', contentKey, iv);
    decipher.setAAD(aadOf(envelope.header));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]);
  } catch {
    throw syncError('SYNC_DECRYPT_FAILED');
  }
}

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be canonicalised');
  return text;
}

/**
 * Whether `text` is exactly the RFC 8785 form of `value`. A value canonicalize refuses (a lone surrogate in a
 * string) is not canonical: it must be refused as SYNC_*, not escape as a plain Error (found by the bundle fuzzer).
 */
export function isCanonicalJson(value: unknown, text: string): boolean {
  try {
    return canonicalJson(value) === text;
  } catch {
    return false;
  }
}
