import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../../db/engine';
import { AppError } from '../../../shared/errors';
import { drawnRound } from './plan-of-round';

/** The names `round export-record` writes and `round verify --record … --institutions … --experts …` reads. */
export const ROUND_RECORD_FILE_NAMES = { record: 'record.json', institutions: 'institutions.json', experts: 'experts.json' } as const;

/**
 * Writes the drawn round's record and the two directories it was drawn from, for anyone to re-run the draw. No ID
 * numbers are in them: the expert directory names experts by 专家编号 and name only.
 */
export function exportRoundRecord(db: Database, roundUid: string, dir: string): { record: string; institutions: string; experts: string } {
  const { draw } = drawnRound(db, roundUid);
  const paths = {
    record: join(dir, ROUND_RECORD_FILE_NAMES.record),
    institutions: join(dir, ROUND_RECORD_FILE_NAMES.institutions),
    experts: join(dir, ROUND_RECORD_FILE_NAMES.experts),
  };
  const write = (path: string, value: unknown): void => {
    try {
      writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    } catch (error) {
      throw new AppError('ROUND_EXPORT_FAILED', { path, detail: error instanceof Error ? error.message : String(error) });
    }
  };
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new AppError('ROUND_EXPORT_FAILED', { path: dir, detail: error instanceof Error ? error.message : String(error) });
  }
  write(paths.record, draw.record);
  write(paths.institutions, draw.institutions);
  write(paths.experts, draw.experts);
  return paths;
}
