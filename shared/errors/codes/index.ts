import { appDatabaseErrors } from './app-database';
import { cliErrors } from './cli';
import { generalErrors } from './general';
import { importFidelityErrors } from './import-fidelity';
import { pdfVerifyErrors } from './pdf-verify';
import type { ErrorText } from './types';

/**
 * The one registry of error codes. Each area keeps its codes in a file of its own beside this one; a code defined in
 * two areas fails the registry test (test/unit/domain/error-registry.test.ts).
 */
const areas = [
  generalErrors,
  pdfVerifyErrors,
  appDatabaseErrors,
  cliErrors,
  importFidelityErrors,
] as const;

export const errorRegistry: Readonly<Record<string, ErrorText>> = Object.freeze(Object.assign({}, ...areas));

export type ErrorCode = keyof (typeof areas)[number];
export type { ErrorText, ErrorTexts } from './types';
export const errorAreas: readonly Readonly<Record<string, ErrorText>>[] = areas;
