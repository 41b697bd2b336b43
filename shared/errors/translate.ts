import { errorRegistry } from './codes';

export type ErrorLanguage = 'zh-CN' | 'en';
export type ErrorParams = Readonly<Record<string, string | number>>;

/** One failed check of a request's arguments: where (field path), which rule (a registry code) and its values. */
export interface ArgIssue {
  path: (string | number)[];
  code: string;
  params?: ErrorParams;
}

/** What a window or the CLI needs to say an error in its own language: nothing here is a ready-made sentence. */
export interface TranslatableError {
  code: string;
  params?: ErrorParams;
  issues?: readonly ArgIssue[];
  /** Only for an error still built from a ready-made Chinese sentence (see AppError.toWire). */
  message?: string;
}

/** Replaces each `{name}` with params[name]; an unknown name is left as written so a slip is visible, not blank. */
export function interpolate(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

const bracketed = (text: string, language: ErrorLanguage) => (language === 'en' ? ` (${text})` : `（${text}）`);

const isCode = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Z][A-Z0-9_]+$/.test(value) && Object.prototype.hasOwnProperty.call(errorRegistry, value);

/**
 * The sentence for a code in a language; a code missing from the registry still says something useful.
 * A parameter whose value is itself a registry code (a reason, a term such as TERM_IMPORT_BATCHES) is put in as
 * that code's sentence, filled from the same params. Two names are conventions: `reason` says what exactly is wrong,
 * in the sentence's `{reason}` or else in brackets after it, and `detail` is a language-neutral fact (a file name, a
 * number) shown in brackets when the sentence does not place it.
 */
export function errorText(code: string, params: ErrorParams = {}, language: ErrorLanguage = 'zh-CN'): string {
  return sentenceOf(code, params, language, 0);
}

/** At depth 0 the whole sentence; deeper (up to 3), the sentence of a code given as a parameter, without the extras. */
function sentenceOf(code: string, params: ErrorParams, language: ErrorLanguage, depth: number): string {
  const text = errorRegistry[code];
  if (!text) return language === 'en' ? `Error ${code}` : `错误 ${code}`;
  const template = language === 'en' ? text.en : text.zh;
  // A nested sentence is filled from the same values, less the reason: that is what is being worded.
  const { reason: _reason, ...nestedParams } = params;
  const filled: Record<string, string | number> = { ...params };
  let detailPlaced = template.includes('{detail}');
  for (const [name, value] of Object.entries(params)) {
    if (!isCode(value) || value === code || depth >= 3 || (depth > 0 && name === 'reason')) continue;
    filled[name] = sentenceOf(value, nestedParams, language, depth + 1);
    const nested = errorRegistry[value];
    if (nested && (language === 'en' ? nested.en : nested.zh).includes('{detail}')) detailPlaced = true;
  }
  let sentence = interpolate(template, filled);
  if (depth > 0) return sentence;
  if (isCode(params['reason']) && filled['reason'] !== params['reason'] && !template.includes('{reason}')) {
    sentence += bracketed(String(filled['reason']), language);
  }
  const detail = filled['detail'];
  if (detail !== undefined && detail !== '' && !detailPlaced) sentence += bracketed(String(detail), language);
  return sentence;
}

/** "batches[0].level" from a field path. */
function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`), '');
}

/** "field.path: what is wrong" for one argument issue. */
export function issueText(issue: ArgIssue, language: ErrorLanguage = 'zh-CN'): string {
  const where = issue.path.length > 0 ? pathText(issue.path) : language === 'en' ? '(arguments)' : '（参数）';
  return `${where}${language === 'en' ? ': ' : '：'}${errorText(issue.code, issue.params, language)}`;
}

/** The whole message of an error: its sentence, then (for invalid arguments) each field's issue. */
export function errorInfoText(error: TranslatableError, language: ErrorLanguage = 'zh-CN'): string {
  if (error.message) return error.message;
  const sentence = errorText(error.code, error.params, language);
  if (!error.issues || error.issues.length === 0) return sentence;
  const issues = error.issues.map((issue) => issueText(issue, language)).join(language === 'en' ? '; ' : '；');
  return `${sentence}${language === 'en' ? ': ' : '：'}${issues}`;
}

/** 'en' for any English tag (en, en-US, en_GB.UTF-8), otherwise Chinese: the app's two languages. */
export function errorLanguageOf(tag: string | undefined | null): ErrorLanguage {
  return tag && /^en\b|^en[-_]/i.test(tag) ? 'en' : 'zh-CN';
}
