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
  /** Only for a code not yet in the registry: the old ready-made Chinese sentence (see toWire). */
  message?: string;
}

/** Replaces each `{name}` with params[name]; an unknown name is left as written so a slip is visible, not blank. */
export function interpolate(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

const bracketed = (text: string, language: ErrorLanguage) => (language === 'en' ? ` (${text})` : `（${text}）`);

/**
 * The sentence for a code in a language; a code missing from the registry still says something useful.
 * Two parameter names are conventions: `reason` may name another registry code, whose sentence (filled from the
 * same params) says what exactly is wrong — in the sentence's `{reason}` or else in brackets after it — and
 * `detail` is a language-neutral fact (a file name, a number) shown in brackets when the sentence does not place it.
 */
export function errorText(code: string, params: ErrorParams = {}, language: ErrorLanguage = 'zh-CN'): string {
  const text = errorRegistry[code];
  if (!text) return language === 'en' ? `Error ${code}` : `错误 ${code}`;
  const template = language === 'en' ? text.en : text.zh;
  const reason = params['reason'];
  const reasonText = typeof reason === 'string' && reason !== code && errorRegistry[reason] ? errorText(reason, params, language) : null;
  let sentence = interpolate(template, reasonText === null ? params : { ...params, reason: reasonText });
  if (reasonText !== null && !template.includes('{reason}')) sentence += bracketed(reasonText, language);
  const detail = params['detail'];
  if (detail !== undefined && detail !== '' && !template.includes('{detail}')) sentence += bracketed(String(detail), language);
  return sentence;
}

/** "field.path: what is wrong" for one argument issue. */
export function issueText(issue: ArgIssue, language: ErrorLanguage = 'zh-CN'): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : language === 'en' ? '(arguments)' : '（参数）';
  return `${where}${language === 'en' ? ': ' : '：'}${errorText(issue.code, issue.params, language)}`;
}

/** The whole message of an error: its sentence, then (for invalid arguments) each field's issue. */
export function errorInfoText(error: TranslatableError, language: ErrorLanguage = 'zh-CN'): string {
  if (!errorRegistry[error.code] && error.message) return error.message;
  const sentence = errorText(error.code, error.params, language);
  if (!error.issues || error.issues.length === 0) return sentence;
  const issues = error.issues.map((issue) => issueText(issue, language)).join(language === 'en' ? '; ' : '；');
  return `${sentence}${language === 'en' ? ': ' : '：'}${issues}`;
}

/** 'en' for any English tag (en, en-US, en_GB.UTF-8), otherwise Chinese: the app's two languages. */
export function errorLanguageOf(tag: string | undefined | null): ErrorLanguage {
  return tag && /^en\b|^en[-_]/i.test(tag) ? 'en' : 'zh-CN';
}
