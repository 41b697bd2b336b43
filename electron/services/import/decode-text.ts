import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gbk';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * CSV from offices: a BOM means UTF-8 (Excel's "CSV UTF-8"); bytes that are valid UTF-8 are UTF-8; anything else is
 * GBK (Excel's plain "CSV" on a Chinese Windows). GB 18030 decodes every GBK byte sequence the same way and more.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // The BOM says UTF-8: a stray invalid byte becomes U+FFFD rather than switching the whole file to GBK.
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'), encoding: 'gbk' };
  }
}
