import { Command, CommanderError, Option } from 'commander';
import { fileErrorFor } from '../../db/sqlite-errors';
import { isAppError } from '../../shared/errors';
import { CliExit, cliErrorLine, type CliIO } from './io';
import { commandModules } from './commands';
import { cliLanguage, type CliEnv } from './language';

/**
 * Runs the CLI with the given arguments (without `node script`) and returns the exit code.
 * Exit codes: 0 ok (or nothing to do: the same pack/bundle again), 1 a check failed (damaged database, invalid template…) or
 * an internal error, 2 invalid input (every AppError: wrong/read-only/non-database file, full disk, an older pack/bundle).
 * The rule: docs/errors.md, Exit codes.
 * Errors are written in Chinese, or in English with `--lang en` or an English locale (cliLanguage; docs/errors.md).
 */
export async function runCli(argv: readonly string[], outputs: CliIO, env: CliEnv = process.env): Promise<number> {
  const language = cliLanguage(argv, env);
  const io: CliIO = { ...outputs, language };
  const program = new Command('skill-inspector')
    .description('技能评价现场核查 (Skill Inspector) — 命令行工具 / command-line tools')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .addOption(new Option('--lang <language>', '错误信息的语言 / language of error messages').choices(['zh-CN', 'zh', 'en']))
    .showHelpAfterError();
  for (const register of commandModules) register(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    // A full disk or read-only file met mid-command (an import's insert, an export's write) is told, not "internal".
    const told = isAppError(error) ? error : fileErrorFor(error, failedPath(error, argv));
    if (told) {
      io.err(cliErrorLine(io, told));
      return 2;
    }
    // The user's own terminal: the whole message helps more than an id would.
    io.err(`${language === 'en' ? 'Internal error: ' : '内部错误： '}${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** The file a failed write names (fs errors carry `.path`), else the command's --db (SQLite errors name no file). */
function failedPath(error: unknown, argv: readonly string[]): string {
  if (typeof error === 'object' && error !== null && 'path' in error && typeof error.path === 'string') return error.path;
  const db = argv.indexOf('--db');
  return db >= 0 ? (argv[db + 1] ?? '') : '';
}
