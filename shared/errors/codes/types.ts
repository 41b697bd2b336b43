/** One error's sentences: `{name}` stands for the parameter `name` (see interpolate in ../translate). */
export interface ErrorText {
  zh: string;
  en: string;
}

export type ErrorTexts = Record<string, ErrorText>;
