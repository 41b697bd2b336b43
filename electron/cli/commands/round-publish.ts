import type { Command } from 'commander';
import type { CliIO } from '../io';

/** `round publish` (issue 16; filled in by the publish branch). */
export function registerRoundPublishCommands(_round: Command, _io: CliIO): void {}
