import type { ErrorTexts } from './types';

/** Errors any channel or command can give. */
export const generalErrors = {
  INTERNAL: {
    zh: '发生了意外错误（编号 {errorId}）。请重试；如果仍然出错，请把这个编号告诉技术支持。',
    en: 'An unexpected error occurred (reference {errorId}). Please try again; if it keeps happening, give this reference to support.',
  },
  UNREACHABLE: {
    zh: '无法连接到程序的后台（{reason}）。请关闭并重新打开软件。',
    en: 'The app’s background process cannot be reached ({reason}). Please close and reopen the app.',
  },
} satisfies ErrorTexts;
