import type { ErrorTexts } from './types';

/** Errors of the command line (electron/cli). */
export const cliErrors = {
  /** An option (or argument) that its zod schema refused: where a channel does the same, the channel's schema. */
  CLI_INVALID_OPTION: {
    zh: '选项 {option} 无效：{reason}。请改正后重试（--help 可查看用法）。',
    en: 'Option {option} is invalid: {reason}. Correct it and try again (--help shows the usage).',
  },
} satisfies ErrorTexts;
