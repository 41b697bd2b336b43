import type { Command } from 'commander';
import type { CliIO } from '../io';

/** `experts import`, `experts list` (issue 16; filled in by the expert-pool branch). */
export function registerExpertCommands(_program: Command, _io: CliIO): void {}
