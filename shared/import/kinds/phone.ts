import type { Parsed } from '../dates';

/** Landlines (2299977, 0353-2299977, 0353 2299977 转 8001) and mobiles; several numbers may be separated by 、 or /. */
export function checkPhone(text: string): Parsed<string> {
  const value = text.normalize('NFKC').trim();
  if (value.length > 50) return { ok: false, reason: `联系电话过长：${value.length} 个字符，最多 50 个` };
  if (!/^[+\d][\d\s\-()（）、/,;转ext.]*$/i.test(value) || (value.match(/\d/g)?.length ?? 0) < 7) {
    return { ok: false, reason: `联系电话“${text}”格式不正确（应为 0353-2299977 或 11 位手机号）` };
  }
  return { ok: true, value };
}
