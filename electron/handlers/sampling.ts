import { randomBytes } from 'node:crypto';
import { requireEditableInspection } from '../../db/repositories/inspections';
import { listDraws, recordDraw } from '../../db/repositories/sampling-draws';
import { filingPopulation } from '../../db/sampling/filing-population';
import { deriveRedrawSeed, draw, newSeedHex, note, type NumberedDraw } from '../../shared/domain/sampling';
import { AppError } from '../../shared/errors';
import type { samplingChannels } from '../../shared/ipc/channels/sampling';
import { nodeSha256 } from '../services/hash/node-sha256';
import { currentActor } from './actor';
import type { HandlersFor } from './types';

export const samplingHandlers: HandlersFor<typeof samplingChannels> = {
  'sampling:draw': (ctx, { inspectionId, rule, reason }) => {
    const inspection = requireEditableInspection(ctx.db, inspectionId);
    const population = filingPopulation(ctx.db, inspection.filingId);
    const previous = listDraws(ctx.db, inspectionId)
      .filter((d) => d.purpose === rule)
      .at(-1);
    const previousRecord = previous?.record as NumberedDraw | undefined;
    if (previous && !reason) throw new AppError('REDRAW_REASON_REQUIRED', { reason: 'SAMPLING_REASON_DRAWN_BEFORE', rule });
    const drawNo = (previous?.sequence ?? 0) + 1;
    // A redraw's seed follows from the first one, so redrawing cannot be used to fish for a convenient sample.
    const seed = previousRecord ? deriveRedrawSeed(previousRecord.seed, drawNo) : newSeedHex((n) => new Uint8Array(randomBytes(n)));
    const record = draw(population, rule, seed, { newHash: nodeSha256 });
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
