import { errorRegistry } from './codes';

export type ErrorLanguage = 'zh-CN' | 'en';
export type ErrorParams = Readonly<Record<string, string | number>>;

/** Replaces each `{name}` with params[name]; an unknown name is left as written so a slip is visible, not blank. */
export function interpolate(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/** The sentence for a code in a language; a code missing from the registry still says something useful. */
export function errorText(code: string, params: ErrorParams = {}, language: ErrorLanguage = 'zh-CN'): string {
  const text = errorRegistry[code];
  if (!text) return language === 'en' ? `Error ${code}` : `错误 ${code}`;
  return interpolate(language === 'en' ? text.en : text.zh, params);
}
