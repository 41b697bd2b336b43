import { parseExpertDirectory, parseInstitutionDirectory } from '../../../shared/domain/double-random/directories';
import { roundRulesSchema } from '../../../shared/domain/double-random/rules-schema';
import type { RoundDrawRecord, RoundVerification } from '../../../shared/domain/double-random/types';
import { verifyRoundDraw } from '../../../shared/domain/double-random/verify-round';
import { AppError } from '../../../shared/errors';
import { nodeSha256 } from '../hash/node-sha256';

/** The three files a third party re-runs a round from (`round export-record` writes them). */
export interface RoundRecordFiles {
  record: { path: string; value: unknown };
  institutions: { path: string; value: unknown };
  experts: { path: string; value: unknown };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields the re-run reads; anything else is compared by verifyRoundDraw itself. */
function parseRecord(path: string, value: unknown): RoundDrawRecord {
  const invalid = (field: string) => new AppError('ROUND_RECORD_INVALID', { file: path, field });
  if (!isObject(value)) throw invalid('—');
  for (const field of ['algorithm', 'roundUid', 'seed', 'seedHash', 'institutionDirectoryHash', 'expertDirectoryHash'] as const) {
    if (typeof value[field] !== 'string') throw invalid(field);
  }
  for (const field of ['selected', 'panels', 'notes'] as const) {
    if (!Array.isArray(value[field])) throw invalid(field);
  }
  if (!roundRulesSchema.safeParse(value.rules).success) throw invalid('rules');
  return value as unknown as RoundDrawRecord;
}

/** `round verify --record --institutions --experts`: a third party's re-run, with no store at all. */
export function verifyRoundFiles(files: RoundRecordFiles): RoundVerification {
  const record = parseRecord(files.record.path, files.record.value);
  const institutions = parseInstitutionDirectory(files.institutions.value);
  const experts = parseExpertDirectory(files.experts.value);
  return verifyRoundDraw(record, institutions, experts, { newHash: nodeSha256 });
}
