import type { Command } from 'commander';
import type { CliIO } from '../io';
import { registerDbCommands } from './db';
import { registerSampleCommands } from './sample';
import { registerScoreCommands } from './score';
import { registerTemplateCommands } from './templates';

/** Each module adds its subcommands to the program. Add new modules here. */
export type RegisterCommands = (program: Command, io: CliIO) => void;

export const commandModules: readonly RegisterCommands[] = [registerDbCommands, registerTemplateCommands, registerScoreCommands, registerSampleCommands];
