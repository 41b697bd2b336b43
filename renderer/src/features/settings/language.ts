import i18next from 'i18next';

/** The languages of the interface, Chinese first. */
export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

const LANGUAGE_KEY = 'skill-inspector:language';

/** The language chosen in 设置 on this computer (zh-CN until one is chosen). */
export function storedLanguage(): Language {
  const stored = window.localStorage.getItem(LANGUAGE_KEY);
  return languages.find((l) => l === stored) ?? 'zh-CN';
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  window.localStorage.setItem(LANGUAGE_KEY, language);
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}
