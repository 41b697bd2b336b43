import type { ErrorInfo } from '../../../shared/errors';
import type { ImportKind, ImportProgress } from '../../../shared/import/types';
import type { ParsedImport } from './parse-file';

/** main → worker: parse one file. */
export interface ParseRequest {
  kind: ImportKind;
  path: string;
}

/** worker → main. */
export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; parsed: ParsedImport }
  | { type: 'error'; error: ErrorInfo };
