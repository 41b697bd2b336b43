import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gbk';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LINE_FEED = 0x0a;
/** Three-byte UTF-8 sequences (Chinese characters): two on one line do not happen by chance in GBK text. */
const UTF8_CHINESE_PAIR = /[\u0800-\uffff].*[\u0800-\uffff]/;

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The lines of the file (without their line feed) with their 1-based numbers. */
function* lines(bytes: Uint8Array): Generator<{ line: number; bytes: Uint8Array }> {
  let start = 0;
  let line = 1;
  for (let at = bytes.indexOf(LINE_FEED); at >= 0; at = bytes.indexOf(LINE_FEED, start)) {
    yield { line, bytes: bytes.subarray(start, at) };
    start = at + 1;
    line += 1;
  }
  if (start < bytes.length) yield { line, bytes: bytes.subarray(start) };
}

function firstNonUtf8Line(bytes: Uint8Array): number {
  for (const { line, bytes: text } of lines(bytes)) if (!isUtf8(text)) return line;
  return 1;
}

function mixed(line: number): AppError {
  return new AppError('IMPORT_CSV_MIXED_ENCODING', { line });
}

/**
 * GBK, strictly: a byte sequence GB 18030 cannot decode is refused instead of becoming U+FFFD. A file whose other
 * lines are clearly UTF-8 Chinese is mixed (pasted together from two exports) and refused as such.
 */
function decodeGbk(bytes: Uint8Array): string {
  let firstUtf8Line: number | null = null;
  let firstOtherLine: number | null = null;
  for (const { line, bytes: text } of lines(bytes)) {
    if (!isUtf8(text)) firstOtherLine ??= line;
    else if (firstUtf8Line === null && UTF8_CHINESE_PAIR.test(strictUtf8.decode(text))) firstUtf8Line = line;
  }
  if (firstUtf8Line !== null && firstOtherLine !== null) throw mixed(Math.max(firstUtf8Line, firstOtherLine));
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  const bad = text.indexOf('\ufffd');
  if (bad >= 0) throw new AppError('IMPORT_CSV_ENCODING', { line: text.slice(0, bad).split('\n').length });
  return text;
}

/**
 * CSV from offices: a BOM means UTF-8 (Excel's "CSV UTF-8"); bytes that are valid UTF-8 are UTF-8; anything else is
 * GBK (Excel's plain "CSV" on a Chinese Windows). GB 18030 decodes every GBK byte sequence the same way and more.
 * Every decoding is strict: a wrong guess would store garbled names.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    // The BOM says UTF-8: a body that is not (GBK saved behind a UTF-8 BOM by some tools) is refused.
    if (!isUtf8(body)) throw mixed(firstNonUtf8Line(body));
    return { text: strictUtf8.decode(body), encoding: 'utf-8-bom' };
  }
  if (isUtf8(bytes)) return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  return { text: decodeGbk(bytes), encoding: 'gbk' };
}
