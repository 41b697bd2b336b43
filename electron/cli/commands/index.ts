import type { Command } from 'commander';
import type { CliIO } from '../io';
import { registerAuditCommands } from './audit';
import { registerBundleCommands } from './bundle';
import { registerCalendarCommands } from './calendar';
import { registerDbCommands } from './db';
import { registerDemoCommand } from './demo';
import { registerExpertCommands } from './experts';
import { registerExportCommands } from './export';
import { registerImportCommand } from './import';
import { registerInspectionCommands } from './inspections';
import { registerInstitutionCommands } from './institutions';
import { registerOfficeCommands } from './office';
import { registerPackCommands } from './pack';
import { registerRectificationCommands } from './rectifications';
import { registerSampleCommands } from './sample';
import { registerReportCommands } from './report';
import { registerRoundPlanGroup } from './round';
import { registerRoundCommands } from './rounds';
import { registerScoreCommands } from './score';
import { registerTemplateCommands } from './templates';

/** Each module adds its subcommands to the program. Add new modules here. */
export type RegisterCommands = (program: Command, io: CliIO) => void;

export const commandModules: readonly RegisterCommands[] = [
  registerDbCommands,
  registerTemplateCommands,
  registerScoreCommands,
  registerSampleCommands,
  registerDemoCommand,
  registerAuditCommands,
  registerInstitutionCommands,
  registerImportCommand,
  registerExportCommands,
  registerInspectionCommands,
  registerReportCommands,
  registerOfficeCommands,
  registerPackCommands,
  registerBundleCommands,
  registerCalendarCommands,
  registerRectificationCommands,
  registerRoundCommands,
  registerExpertCommands,
  registerRoundPlanGroup,
];
