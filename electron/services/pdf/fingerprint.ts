import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** Hex digits of the report fingerprint printed on every page: short enough to read aloud, long enough to match. */
export const FINGERPRINT_LENGTH = 16;

/**
 * First 16 hex digits of SHA-256 over the canonical JSON (RFC 8785) of the record, so the same record always
 * prints the same fingerprint whatever the key order; a paper copy is matched to its record by it.
 */
export function recordFingerprint(record: unknown): string {
  const canonical = canonicalize(record) ?? '';
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, FINGERPRINT_LENGTH);
}

/** The model's own fingerprint, or one computed from the model itself when the loader gave none. */
export function fingerprintOf(model: { fingerprint?: string }): string {
  if (model.fingerprint) return model.fingerprint;
  const { fingerprint: _ignored, ...rest } = model;
  return recordFingerprint(rest);
}
