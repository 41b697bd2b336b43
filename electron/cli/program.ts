import { Command, CommanderError } from 'commander';
import { isAppError } from '../../shared/errors';
import { CliExit, type CliIO } from './io';
import { commandModules } from './commands';

/**
 * Runs the CLI with the given arguments (without `node script`) and returns the exit code.
 * Exit codes: 0 ok, 1 a check failed (damaged database, invalid template…), 2 bad input.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const program = new Command('skill-inspector')
    .description('技能评价现场核查 (Skill Inspector) — 命令行工具 / command-line tools')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
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
    if (isAppError(error)) {
      io.err(`错误 [${error.code}]: ${error.message}`);
      return 2;
    }
    io.err(`内部错误： ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
