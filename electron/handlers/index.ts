import type { HandlerTable } from './types';
import { appHandlers } from './app';
import { evidenceHandlers } from './evidence';
import { importExportHandlers } from './import-export';
import { inspectionHandlers } from './inspections';
import { institutionHandlers } from './institutions';
import { reportHandlers } from './reports';
import { samplingHandlers } from './sampling';
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
};
