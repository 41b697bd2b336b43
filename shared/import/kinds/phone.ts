import type { Parsed } from '../dates';

/** Landlines (2299977, 0353-2299977, 0353 2299977 转 8001) and mobiles; several numbers may be separated by 、 or /. */
export function checkPhone(text: string): Parsed<string> {
  const value = text.normalize('NFKC').trim();
  if (value.length > 50) return { ok: false, reason: { code: 'ROW_PHONE_TOO_LONG', params: { length: value.length } } };
  if (!/^[+\d][\d\s\-()（）、/,;转ext.]*$/i.test(value) || (value.match(/\d/g)?.length ?? 0) < 7) {
    return { ok: false, reason: { code: 'ROW_PHONE_FORMAT', params: { text } } };
  }
  return { ok: true, value };
}
