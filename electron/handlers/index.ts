import { mergeTables } from '../../shared/ipc/merge-tables';
import type { HandlerTable } from './types';
import { appHandlers } from './app';
import { calendarHandlers } from './calendar';
import { evidenceHandlers } from './evidence';
import { expertHandlers } from './experts';
import { filesHandlers } from './files';
import { filingHistoryHandlers } from './filing-history';
import { importExportHandlers } from './import-export';
import { inspectionHandlers } from './inspections';
import { institutionHandlers } from './institutions';
import { officeStoreHandlers } from './office-store';
import { rectificationFileHandlers } from './rectification-files';
import { rectificationHandlers } from './rectifications';
import { reportFileHandlers } from './report-files';
import { reportHandlers } from './reports';
import { roundHandlers } from './rounds';
import { roundPackHandlers } from './round-packs';
import { roundPlanHandlers } from './round-plans';
import { roundPublishHandlers } from './round-publish';
import { samplingHandlers } from './sampling';
import { settingsHandlers } from './settings';
import { signingHandlers } from './signing';
import { syncHandlers } from './sync';
import { syncSendHandlers } from './sync-office-send';
import { templateImportHandlers } from './template-import';
import { templateHandlers } from './templates';

/**
 * The one handler table: Electron IPC, the browser harness and tests all dispatch through it. A channel handled in two
 * feature files stops the app at start-up (mergeTables); one without a handler does not type-check.
 */
export const handlers: HandlerTable = mergeTables('IPC handler table (electron/handlers)', {
  app: appHandlers,
  institutions: institutionHandlers,
  inspections: inspectionHandlers,
  sampling: samplingHandlers,
  evidence: evidenceHandlers,
  signing: signingHandlers,
  'import-export': importExportHandlers,
  reports: reportHandlers,
  sync: syncHandlers,
  'sync-office-send': syncSendHandlers,
  files: filesHandlers,
  'report-files': reportFileHandlers,
  settings: settingsHandlers,
  templates: templateHandlers,
  'template-import': templateImportHandlers,
  calendar: calendarHandlers,
  rounds: roundHandlers,
  rectifications: rectificationHandlers,
  'rectification-files': rectificationFileHandlers,
  'filing-history': filingHistoryHandlers,
  experts: expertHandlers,
  'round-plans': roundPlanHandlers,
  'round-publish': roundPublishHandlers,
  'round-packs': roundPackHandlers,
  'office-store': officeStoreHandlers,
});
