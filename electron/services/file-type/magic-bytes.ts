/** First bytes of each accepted evidence type: a file renamed to look like a photo is refused. */
const SIGNATURES: Record<string, number[][]> = {
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47]],
  'image/webp': [[0x52, 0x49, 0x46, 0x46]],
  'image/gif': [[0x47, 0x49, 0x46, 0x38]],
  'application/pdf': [[0x25, 0x50, 0x44, 0x46]],
};

/** True when the bytes start as a file of `mime` does (inspection evidence and rectification responses alike). */
export function looksLike(mime: string, bytes: Buffer): boolean {
  return (SIGNATURES[mime] ?? []).some((signature) => signature.every((byte, i) => bytes[i] === byte));
}
