import type { KeyObject } from 'node:crypto';
import { buildArchive, listArchive, readEntries } from './archive';
import { openEnvelope, parseEnvelope, sealEnvelope, SYNC_SCHEMA_VERSION, type EnvelopeHeader, type SyncKind } from './envelope';
import { SYNC_LIMITS } from './limits';
import {
  FIXED_ENTRIES,
  MANIFEST_ENTRY,
  manifestEntry,
  sha256,
  SIGNATURE_ENTRY,
  SIGNER_ENTRY,
  signManifest,
  verifyManifest,
  type Manifest,
  type SignedManifest,
} from './manifest';
import { syncError } from './sync-error';

/** Everything a pack or bundle needs; transport-independent (the caller writes the bytes to a file or a socket). */
export interface PackageInput {
  kind: SyncKind;
  sender: string;
  recipient: string;
  recipientCertificatePem: string;
  sequence: number;
  createdAt: string;
  appVersion: string;
  meta: Manifest['meta'];
  files: ReadonlyMap<string, Uint8Array>;
  signerKey: KeyObject;
  signerCertificatePem: string;
}

/** Manifest over every file, signed; archive; sealed to the recipient. */
export function writePackage(input: PackageInput): Buffer {
  const manifest: Manifest = {
    format: 'skill-inspector-sync-manifest',
    schemaVersion: SYNC_SCHEMA_VERSION,
    kind: input.kind,
    sender: input.sender,
    recipient: input.recipient,
    sequence: input.sequence,
    createdAt: input.createdAt,
    appVersion: input.appVersion,
    entries: [...input.files].map(([name, bytes]) => manifestEntry(name, bytes)).sort((a, b) => (a.name < b.name ? -1 : 1)),
    meta: input.meta,
  };
  const { manifestBytes, signature } = signManifest(manifest, input.signerKey);
  const all = new Map<string, Uint8Array>([
    [MANIFEST_ENTRY, manifestBytes],
    [SIGNATURE_ENTRY, signature],
    [SIGNER_ENTRY, Buffer.from(input.signerCertificatePem, 'utf8')],
    ...input.files,
  ]);
  return sealEnvelope({
    kind: input.kind,
    sender: input.sender,
    createdAt: input.createdAt,
    recipientCertificatePem: input.recipientCertificatePem,
    plaintext: buildArchive(all),
  });
}

export interface OpenPackageOptions {
  kind: SyncKind;
  recipientCertificatePem: string;
  recipientKey: KeyObject;
  now: Date;
  /** Decides whether the signer may send this file (known device, issued by our CA, not revoked); throws if not. */
  trust(signed: SignedManifest, header: EnvelopeHeader): void;
}

export interface OpenedPackage extends SignedManifest {
  header: EnvelopeHeader;
  files: Map<string, Buffer>;
}

/**
 * Verifies everything before returning anything: frame → GCM (any flipped byte stops here) → archive directory
 * limits → manifest canonical form and signature → trust → timestamps → every entry's size and hash.
 * Reads only memory: nothing is written anywhere.
 */
export function openPackage(file: Buffer, options: OpenPackageOptions): OpenedPackage {
  const envelope = parseEnvelope(file);
  if (envelope.header.kind !== options.kind) throw syncError('SYNC_WRONG_KIND');
  const zip = openEnvelope(envelope, options.recipientCertificatePem, options.recipientKey);
  const listing = listArchive(zip);
  const signed = verifyManifest(readEntries(zip, new Set(FIXED_ENTRIES)), options.kind);
  const { manifest } = signed;
  if (manifest.sender !== envelope.header.sender || manifest.createdAt !== envelope.header.createdAt) {
    throw syncError('SYNC_MANIFEST_INVALID', { reason: 'SYNC_REASON_MANIFEST_HEADER_MISMATCH' });
  }
  options.trust(signed, envelope.header);
  checkNotInFuture(manifest.createdAt, options.now);
  const listed = new Map(listing.filter((info) => !(FIXED_ENTRIES as readonly string[]).includes(info.name)).map((info) => [info.name, info]));
  if (listed.size !== manifest.entries.length)
    throw syncError('SYNC_ENTRY_MISMATCH', { reason: 'SYNC_REASON_ENTRY_COUNT', listed: manifest.entries.length, found: listed.size });
  for (const entry of manifest.entries) {
    if (listed.get(entry.name)?.bytes !== entry.bytes) throw syncError('SYNC_ENTRY_MISMATCH', { detail: entry.name });
  }
  const files = readEntries(zip, new Set(listed.keys()));
  for (const entry of manifest.entries) {
    const bytes = files.get(entry.name);
    if (!bytes || bytes.length !== entry.bytes || sha256(bytes) !== entry.sha256) throw syncError('SYNC_ENTRY_MISMATCH', { detail: entry.name });
  }
  return { ...signed, header: envelope.header, files };
}

export function checkNotInFuture(timestamp: string, now: Date): void {
  const at = Date.parse(timestamp);
  if (!Number.isFinite(at) || at > now.getTime() + SYNC_LIMITS.maxClockSkewMs) throw syncError('SYNC_FUTURE_TIMESTAMP', { detail: timestamp });
}
