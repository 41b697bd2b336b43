import { errorLanguageOf, type ErrorLanguage } from '../../shared/errors';

export type CliEnv = Readonly<Record<string, string | undefined>>;

/** The value of `--lang X` or `--lang=X` anywhere in the arguments, if given. */
function langOption(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/**
 * The language the CLI's errors are written in: `--lang en|zh-CN` wins; otherwise the locale of the environment as
 * POSIX ranks it (LC_ALL, then LC_MESSAGES, then LANG): English when it starts with `en`, Chinese otherwise. Decided
 * before commander parses, so even a refusal of the arguments themselves is in that language.
 */
export function cliLanguage(argv: readonly string[], env: CliEnv): ErrorLanguage {
  const option = langOption(argv);
  if (option !== undefined) return errorLanguageOf(option);
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  return errorLanguageOf(locale);
}
