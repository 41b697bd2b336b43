import { appDatabaseErrors } from './app-database';
import { calendarErrors } from './calendar';
import { argErrors } from './args';
import { cliErrors } from './cli';
import { cliClearErrors } from './cli-clear';
import { cliDbErrors } from './cli-db';
import { dbErrors } from './database';
import { domainErrors } from './domain';
import { fileErrors } from './files';
import { formErrors } from './forms';
import { formStoreErrors } from './form-store';
import { generalErrors } from './general';
import { importErrors } from './import';
import { importFidelityErrors } from './import-fidelity';
import { importRowReasons } from './import-rows';
import { inspectionErrors } from './inspections';
import { officeErrors } from './office';
import { rectificationErrors } from './rectification';
import { expertErrors } from './experts';
import { roundDrawErrors } from './round-draw';
import { roundPackErrors } from './round-packs';
import { roundPlanErrors } from './round-plans';
import { roundPublishErrors } from './round-publish';
import { roundErrors } from './rounds';
import { pdfSigningErrors } from './pdf-signing';
import { pdfVerifyErrors } from './pdf-verify';
import { syncErrors, syncReasons } from './sync';
import { storeErrors } from './store';
import { syncAuditErrors } from './sync-audit';
import { templateProblemTexts } from './templates';
import { workerErrors } from './workers';
import type { ErrorText } from './types';

/**
 * The one registry of error codes. Each area keeps its codes in a file of its own beside this one; a code defined in
 * two areas fails the registry test (test/unit/domain/error-registry.test.ts). How to add one: docs/errors.md.
 */
const areas = [
  generalErrors,
  pdfVerifyErrors,
  pdfSigningErrors,
  appDatabaseErrors,
  cliErrors,
  workerErrors,
  officeErrors,
  cliDbErrors,
  argErrors,
  syncErrors,
  syncReasons,
  importErrors,
  dbErrors,
  inspectionErrors,
  fileErrors,
  domainErrors,
  importFidelityErrors,
  importRowReasons,
  syncAuditErrors,
  cliClearErrors,
  templateProblemTexts,
  formErrors,
  formStoreErrors,
  calendarErrors,
  roundErrors,
  rectificationErrors,
  expertErrors,
  roundPlanErrors,
  roundPublishErrors,
  roundPackErrors,
  roundDrawErrors,
  storeErrors,
] as const;

export const errorRegistry: Readonly<Record<string, ErrorText>> = Object.freeze(Object.assign({}, ...areas));

type KeysOfEach<T> = T extends unknown ? keyof T : never;
/** Every code of every area (a union over the areas, not the keys they share). */
export type ErrorCode = KeysOfEach<(typeof areas)[number]>;
export type { ErrorText, ErrorTexts } from './types';
export const errorAreas: readonly Readonly<Record<string, ErrorText>>[] = areas;
