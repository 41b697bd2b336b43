import type { HandlerTable } from './types';
import { appHandlers } from './app';
import { inspectionHandlers } from './inspections';
import { institutionHandlers } from './institutions';

/** The one handler table: Electron IPC, the browser harness and tests all dispatch through it. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...institutionHandlers,
  ...inspectionHandlers,
};
