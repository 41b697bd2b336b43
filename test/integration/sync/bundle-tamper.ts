import { X509Certificate } from 'node:crypto';
import canonicalize from 'canonicalize';
import { zipSync } from 'fflate';
import { listArchive, readEntries } from '../../../electron/services/sync/format/archive';
import { ENVELOPE_MAGIC, openEnvelope, parseEnvelope, sealEnvelope } from '../../../electron/services/sync/format/envelope';
import type { Office } from './sync-fixtures';

/** Tools an attacker has: the office's public certificate, any bundle's bytes (and, in tests, their contents). */
export function innerFiles(office: Office, bundle: Buffer): Map<string, Buffer> {
  const zip = openEnvelope(parseEnvelope(bundle), office.keys.officeCertificatePem, office.keys.officeKey);
  return readEntries(zip, new Set(listArchive(zip).map((e) => e.name)));
}

export function resealFiles(office: Office, bundle: Buffer, files: Map<string, Uint8Array>): Buffer {
  return resealZip(office, bundle, Buffer.from(zipSync(Object.fromEntries(files))));
}

export function resealZip(office: Office, bundle: Buffer, zip: Buffer): Buffer {
  const { header } = parseEnvelope(bundle);
  return sealEnvelope({
    kind: header.kind,
    sender: header.sender,
    createdAt: header.createdAt,
    recipientCertificatePem: office.keys.officeCertificatePem,
    plaintext: zip,
  });
}

/** Rewrites the clear header (schema version tests); the GCM tag no longer matches, but the version is read first. */
export function withHeader(bundle: Buffer, change: (header: Record<string, unknown>) => void): Buffer {
  const length = bundle.readUInt32BE(ENVELOPE_MAGIC.length);
  const header = JSON.parse(bundle.subarray(12, 12 + length).toString('utf8')) as Record<string, unknown>;
  change(header);
  const text = Buffer.from(canonicalize(header) ?? '', 'utf8');
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32BE(text.length);
  return Buffer.concat([ENVELOPE_MAGIC, prefix, text, bundle.subarray(12 + length)]);
}

/** Same-length rename inside a zip's bytes (local header and central directory), to forge names fflate would not write. */
export function renameInZip(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('same length only');
  const out = Buffer.from(zip);
  let at = out.indexOf(from, 0, 'latin1');
  while (at >= 0) {
    out.write(to, at, 'latin1');
    at = out.indexOf(from, at + 1, 'latin1');
  }
  return out;
}

export const certificateOf = (pem: string) => new X509Certificate(pem);
