/**
 * Names and USCCs as 回避 compares them. The same institution is written in many ways across the filing, the expert
 * pool and the declared conflicts (full-width brackets, a stray space, Latin letters in another case), and a missed
 * match would seat an expert at an institution they must not inspect — so both sides are reduced to one form first.
 */

// After NFKC the full-width forms (（）［］，：；！？ ＡＢＣ１２３) are already ASCII; what is left are the CJK-only marks.
const BRACKETS_OPEN = /[[{〔【〖〘〚「『〈《⦅]/gu;
const BRACKETS_CLOSE = /[\]}〕】〗〙〛」』〉》⦆]/gu;
const QUOTES = /[“”‘’"'`´]/gu;
const DASHES = /[‐‑‒–—―−ｰー-]/gu;
const DOTS = /[·・•‧]/gu;
const WHITESPACE = /[\s\u200b-\u200d\u2060\ufeff]/gu;

/** NFKC, no whitespace, one bracket/quote/dash/dot each, 。→. and 、→, (NFKC keeps those two), Latin case-folded. */
export function normaliseInstitutionName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(WHITESPACE, '')
    .replace(BRACKETS_OPEN, '(')
    .replace(BRACKETS_CLOSE, ')')
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(DOTS, '.')
    .replace(/。/gu, '.')
    .replace(/、/gu, ',')
    .toLowerCase();
}

/** 统一社会信用代码 compares upper-case, without whitespace (NFKC turns full-width letters and digits into ASCII). */
export function normaliseUscc(uscc: string): string {
  return uscc.normalize('NFKC').replace(WHITESPACE, '').toUpperCase();
}
