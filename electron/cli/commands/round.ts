import type { Command } from 'commander';
import type { CliIO } from '../io';
import { registerRoundPlanCommands } from './round-plan';
import { registerRoundPublishCommands } from './round-publish';

/** `round …`: a round's 双随机 plan (create, draw, verify) and its 一公开 (publish). `rounds …` lists and opens rounds. */
export function registerRoundPlanGroup(program: Command, io: CliIO): void {
  const round = program.command('round').description('双随机、一公开：评估轮次的抽取计划、抽取、复核和公示 / round draws');
  registerRoundPlanCommands(round, io);
  registerRoundPublishCommands(round, io);
}
