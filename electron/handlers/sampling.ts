import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { listBatchesOfFiling } from '../../db/repositories/batches';
import { listCandidatesOfBatch } from '../../db/repositories/candidates';
import { listFiledOccupations } from '../../db/repositories/filed-occupations';
import { getFiling } from '../../db/repositories/filings';
import { requireEditableInspection } from '../../db/repositories/inspections';
import { listDraws, recordDraw } from '../../db/repositories/sampling-draws';
import { deriveRedrawSeed, draw, newSeedHex, note, type NumberedDraw, type Population } from '../../shared/domain/sampling';
import { AppError } from '../../shared/errors';
import type { samplingChannels } from '../../shared/ipc/channels/sampling';
import { currentActor } from './actor';
import type { HandlersFor } from './types';

/**
 * The population of a filing as the sampling domain reads it: batches by their batch number (what the
 * institution's records show), candidates by their store id (never the ID number).
 */
export function filingPopulation(db: Database, filingId: number): Population {
  const filing = getFiling(db, filingId);
  if (!filing) throw new AppError('NOT_FOUND', `找不到备案记录 #${filingId}。`);
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

export const samplingHandlers: HandlersFor<typeof samplingChannels> = {
  'sampling:draw': (ctx, { inspectionId, rule, reason }) => {
    const inspection = requireEditableInspection(ctx.db, inspectionId);
    const population = filingPopulation(ctx.db, inspection.filingId);
    const previous = listDraws(ctx.db, inspectionId).filter((d) => d.purpose === rule).at(-1);
    const previousRecord = previous?.record as NumberedDraw | undefined;
    if (previous && !reason) throw new AppError('REDRAW_REASON_REQUIRED', `“${rule}”已抽取过,重新抽取必须填写原因。`);
    const drawNo = (previous?.sequence ?? 0) + 1;
    // A redraw's seed follows from the first one, so redrawing cannot be used to fish for a convenient sample.
    const seed = previousRecord ? deriveRedrawSeed(previousRecord.seed, drawNo) : newSeedHex((n) => new Uint8Array(randomBytes(n)));
    const record = draw(population, rule, seed);
    if (previousRecord && previousRecord.populationHash !== record.populationHash) {
      record.notes.push(note('POPULATION_CHANGED', `抽样总体与第${previous?.sequence ?? 1}次抽取时不同（哈希值已变化）。`));
    }
    const numbered: NumberedDraw = { ...record, drawNo, reason: reason ?? null, seedSource: previousRecord ? 'derived' : 'random' };
    return recordDraw(ctx.db, {
      inspectionId,
      purpose: rule,
      redrawReason: reason ?? null,
      record: numbered,
      actor: currentActor(ctx),
      at: ctx.now().toISOString(),
    });
  },
};
