const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 for 0, 二 for 1, …; past 十 the Arabic number. */
export function chineseNumeral(index: number): string {
  return CHINESE_NUMERALS[index] ?? String(index + 1);
}

/** How many, as a count reads in Chinese: 两类 rather than 二类. */
export function chineseCount(count: number): string {
  return count === 2 ? '两' : chineseNumeral(count - 1);
}
