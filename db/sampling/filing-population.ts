import type { Database } from '../engine';
import type { Population } from '../../shared/domain/sampling';
import { AppError } from '../../shared/errors';
import { listBatchesOfFiling } from '../repositories/batches';
import { listCandidatesOfBatch } from '../repositories/candidates';
import { listFiledOccupations } from '../repositories/filed-occupations';
import { getFiling } from '../repositories/filings';

/**
 * The population of a filing as the sampling domain reads it: batches by their batch number (what the
 * institution's records show), candidates by their store id (never the ID number). Shared by the sampling
 * handler and the demo generator, so the demo's draws are the ones the app would make.
 */
export function filingPopulation(db: Database, filingId: number): Population {
  const filing = getFiling(db, filingId);
  if (!filing) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_FILING', id: filingId });
  const occupations = new Map(listFiledOccupations(db, filingId).map((o) => [o.id, o]));
  return {
    institutionKind: filing.kind,
    batches: listBatchesOfFiling(db, filingId).map((batch) => {
      const occupation = occupations.get(batch.filedOccupationId);
      return {
        id: batch.batchNo,
        occupationCode: occupation?.code ?? '0-00-00-00',
        occupationName: occupation ? occupation.name + (occupation.workType ? `（${occupation.workType}）` : '') : '未知职业',
        level: batch.level,
        examDate: batch.examDate,
        candidateIds: listCandidatesOfBatch(db, batch.id).map((c) => String(c.id)),
      };
    }),
  };
}
