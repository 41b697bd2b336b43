/**
 * The few spellings SQLite and PostgreSQL disagree on in statements the repositories share, rewritten for
 * PostgreSQL outside string literals, quoted names and comments:
 * - `?` placeholders become `$1, $2, …` (pg numbers its parameters);
 * - SQLite-only functions become their PostgreSQL equals: ifnull → coalesce, instr → strpos,
 *   group_concat → string_agg (the separator must be written out), char → chr;
 * - a camelCase alias (`AS inspectionId`) is quoted: PostgreSQL folds unquoted names to lower case, SQLite keeps
 *   them as written, and callers read the row by the alias.
 * Everything else must already be written in the SQL both engines share (docs/storage.md lists it).
 */
const functionNames: Readonly<Record<string, string>> = {
  ifnull: 'coalesce',
  instr: 'strpos',
  group_concat: 'string_agg',
  char: 'chr',
};

export interface TranslatedSql {
  text: string;
  parameterCount: number;
}

const cache = new Map<string, TranslatedSql>();

export function translateSql(sql: string): TranslatedSql {
  const known = cache.get(sql);
  if (known) return known;
  const translated = translate(sql);
  if (cache.size < 5000) cache.set(sql, translated);
  return translated;
}

function translate(sql: string): TranslatedSql {
  let out = '';
  let parameterCount = 0;
  let previousWord = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql.charAt(i);
    const next = sql.charAt(i + 1);
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(sql, i, ch);
      previousWord = '';
      out += sql.slice(i, end);
      i = end;
    } else if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end === -1 ? sql.length : end + 2;
      out += sql.slice(i, stop);
      i = stop;
    } else if (ch === '?') {
      parameterCount += 1;
      previousWord = '';
      out += `$${parameterCount}`;
      i += 1;
    } else if (/[A-Za-z_]/.test(ch) && !/[A-Za-z0-9_$.]/.test(sql.charAt(i - 1))) {
      let end = i + 1;
      while (end < sql.length && /[A-Za-z0-9_$]/.test(sql.charAt(end))) end += 1;
      const word = sql.slice(i, end);
      const renamed = functionNames[word.toLowerCase()];
      if (previousWord === 'as' && CAMEL_CASE.test(word)) out += `"${word}"`;
      else out += renamed && isCall(sql, end) ? renamed : word;
      previousWord = word.toLowerCase();
      i = end;
    } else {
      if (!/\s/.test(ch)) previousWord = '';
      out += ch;
      i += 1;
    }
  }
  return { text: out, parameterCount };
}

/** An alias such as inspectionId: starts lower case, has a capital (CAST(… AS INTEGER) is left alone). */
const CAMEL_CASE = /^[a-z][a-z0-9_]*[A-Z]/;

/** Index just past the literal or quoted name opened at `start` (a doubled quote stays inside it). */
function closingQuote(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql.charAt(i) === quote) {
      if (sql.charAt(i + 1) === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return sql.length;
}

function isCall(sql: string, afterWord: number): boolean {
  let i = afterWord;
  while (i < sql.length && /\s/.test(sql.charAt(i))) i += 1;
  return sql.charAt(i) === '(';
}
