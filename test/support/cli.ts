import type { CliIO } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/program';

/** Runs the CLI in-process and captures what it prints; `env` stands for the environment (none: Chinese). */
export async function runCliCaptured(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    out: (text) => {
      stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    err: (text) => {
      stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
  };
  const code = await runCli(argv, io, env);
  return { code, stdout, stderr };
}
