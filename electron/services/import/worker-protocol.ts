import type { ImportKind, ImportProgress } from '../../../shared/import/types';
import type { ParsedImport } from './parse-file';

/** main → import worker (inside the envelope of ../worker/protocol.ts): parse one file. */
export interface ParseRequest {
  kind: ImportKind;
  path: string;
}

/** import worker → main: progress messages while it reads and validates, then the parsed file. */
export type ParseProgress = ImportProgress;
export type ParseResult = ParsedImport;
