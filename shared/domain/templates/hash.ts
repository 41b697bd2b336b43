import canonicalize from 'canonicalize';
import { bytesToHex } from '../sampling/hex';
import { sha256 } from '../sampling/sha256';
import { utf8Encode } from '../sampling/utf8';
import type { Template } from './types';

/** The canonical JSON of a form (RFC 8785: sorted keys, no spaces), the text its hash is taken over. */
export function canonicalTemplateJson(template: Template): string {
  const text = canonicalize(template);
  if (text === undefined) throw new Error('template cannot be canonicalised');
  return text;
}

/**
 * A form version's identity beside id + version: SHA-256 (hex) of its canonical JSON. Inspections pin it, packs
 * list it under the office signature, and the same content always gives the same hash whatever file it came from.
 */
export function templateHash(template: Template): string {
  return bytesToHex(sha256(utf8Encode(canonicalTemplateJson(template))));
}
