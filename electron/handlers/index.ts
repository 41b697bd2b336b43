import type { HandlerTable } from './types';
import { appHandlers } from './app';
import { evidenceHandlers } from './evidence';
import { filesHandlers } from './files';
import { importExportHandlers } from './import-export';
import { inspectionHandlers } from './inspections';
import { institutionHandlers } from './institutions';
import { reportFileHandlers } from './report-files';
import { reportHandlers } from './reports';
import { samplingHandlers } from './sampling';
import { settingsHandlers } from './settings';
import { signingHandlers } from './signing';
import { syncHandlers } from './sync';

/** The one handler table: Electron IPC, the browser harness and tests all dispatch through it. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...institutionHandlers,
  ...inspectionHandlers,
  ...samplingHandlers,
  ...evidenceHandlers,
  ...signingHandlers,
  ...importExportHandlers,
  ...reportHandlers,
  ...syncHandlers,
  ...filesHandlers,
  ...reportFileHandlers,
  ...settingsHandlers,
};
