import { createHash, sign, verify, constants, X509Certificate, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson, checkSchemaVersion, isCanonicalJson, SYNC_SCHEMA_VERSION, syncKinds, type SyncKind } from './envelope';
import { syncError } from './sync-error';

/** Fixed entries of every archive; everything else must be listed in the manifest. */
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';
export const SIGNER_ENTRY = 'signer.pem';
export const FIXED_ENTRIES = [MANIFEST_ENTRY, SIGNATURE_ENTRY, SIGNER_ENTRY] as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const manifestSchema = z
  .object({
    format: z.literal('skill-inspector-sync-manifest'),
    schemaVersion: z.literal(SYNC_SCHEMA_VERSION),
    kind: z.enum(syncKinds),
    sender: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    /** Device key (bundles: the office is 'office') the file is meant for. */
    recipient: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    /** Per-sender, per-recipient increasing number: older or replayed files are recognised. */
    sequence: z.number().int().min(1),
    createdAt: z.iso.datetime(),
    appVersion: z.string().max(40),
    entries: z.array(z.object({ name: z.string().min(1).max(240), sha256: sha256Hex, bytes: z.number().int().nonnegative() }).strict()).max(200_000),
    meta: z.record(z.string(), z.json()),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['entries'][number];

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export function manifestEntry(name: string, bytes: Uint8Array): ManifestEntry {
  return { name, sha256: sha256(bytes), bytes: bytes.length };
}

const PSS = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } as const;

/** The manifest as RFC 8785 canonical JSON and the sender's RSA-PSS (SHA-256) signature over exactly those bytes. */
export function signManifest(manifest: Manifest, key: KeyObject): { manifestBytes: Buffer; signature: Buffer } {
  const manifestBytes = Buffer.from(canonicalJson(manifest), 'utf8');
  return { manifestBytes, signature: sign('sha256', manifestBytes, { key, ...PSS }) };
}

export interface SignedManifest {
  manifest: Manifest;
  manifestSha256: string;
  signer: X509Certificate;
}

/**
 * Checks in this order: present, canonical (a re-serialised manifest is refused even before its signature),
 * signature by the enclosed certificate, then the schema. Whether the certificate is trusted is the caller's check.
 */
export function verifyManifest(entries: ReadonlyMap<string, Buffer>, expectedKind: SyncKind): SignedManifest {
  const manifestBytes = entries.get(MANIFEST_ENTRY);
  const signature = entries.get(SIGNATURE_ENTRY);
  const signerPem = entries.get(SIGNER_ENTRY);
  if (!manifestBytes) throw syncError('SYNC_MANIFEST_INVALID', { reason: 'SYNC_REASON_MANIFEST_MISSING' });
  if (!signature || signature.length === 0 || !signerPem) throw syncError('SYNC_SIGNATURE_MISSING');
  const text = manifestBytes.toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw syncError('SYNC_MANIFEST_INVALID', { reason: 'SYNC_REASON_MANIFEST_NOT_JSON' });
  }
  if (!isCanonicalJson(raw, text)) throw syncError('SYNC_NOT_CANONICAL');
  let signer: X509Certificate;
  try {
    signer = new X509Certificate(signerPem);
  } catch {
    throw syncError('SYNC_SIGNATURE_INVALID', { reason: 'SYNC_REASON_SIGNER_UNREADABLE' });
  }
  // The certificate as written is the only form accepted: other PEM text for the same DER (a base64 padding bit,
  // line breaks) is a changed file, not the sender's.
  const normalisePem = (pem: string) => pem.replace(/\r\n/g, '\n').trim();
  if (normalisePem(signerPem.toString('utf8')) !== normalisePem(signer.toString()))
    throw syncError('SYNC_SIGNATURE_INVALID', { reason: 'SYNC_REASON_SIGNER_UNREADABLE' });
  if (!verify('sha256', manifestBytes, { key: signer.publicKey, ...PSS }, signature)) throw syncError('SYNC_SIGNATURE_INVALID');
  checkSchemaVersion((raw as { schemaVersion?: unknown }).schemaVersion);
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw syncError('SYNC_MANIFEST_INVALID', { detail: parsed.error.issues[0]?.path.join('.') ?? '' });
  if (parsed.data.kind !== expectedKind) throw syncError('SYNC_WRONG_KIND');
  return { manifest: parsed.data, manifestSha256: sha256(manifestBytes), signer };
}
