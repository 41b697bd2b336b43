import type { Command } from 'commander';
import type { CliIO } from '../io';

/** `round create`, `round draw`, `round verify`, `round show` (issue 16; filled in by the round-plan branch). */
export function registerRoundPlanCommands(_round: Command, _io: CliIO): void {}
