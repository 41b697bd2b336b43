import { appDatabaseErrors } from './app-database';
import { cliErrors } from './cli';
import { generalErrors } from './general';
import { officeErrors } from './office';
import { pdfSigningErrors } from './pdf-signing';
import { pdfVerifyErrors } from './pdf-verify';
import { syncAuditErrors } from './sync-audit';
import { workerErrors } from './workers';
import type { ErrorText } from './types';

/**
 * The one registry of error codes. Each area keeps its codes in a file of its own beside this one; a code defined in
 * two areas fails the registry test (test/unit/domain/error-registry.test.ts).
 */
const areas = [
  generalErrors,
  pdfVerifyErrors,
  pdfSigningErrors,
  appDatabaseErrors,
  cliErrors,
  workerErrors,
  officeErrors,
  syncAuditErrors,
] as const;

export const errorRegistry: Readonly<Record<string, ErrorText>> = Object.freeze(Object.assign({}, ...areas));

/** Every area's codes (keyof a union alone would keep only the codes common to all areas). */
type KeysOfEach<T> = T extends unknown ? keyof T : never;
export type ErrorCode = KeysOfEach<(typeof areas)[number]>;
export type { ErrorText, ErrorTexts } from './types';
export const errorAreas: readonly Readonly<Record<string, ErrorText>>[] = areas;
