import { defaultStatusDate, listedFilingStatus } from '../../db/filing-status';
import { listBatchesOfFiling } from '../../db/repositories/batches';
import { listCandidatesOfBatch } from '../../db/repositories/candidates';
import { listFiledOccupations } from '../../db/repositories/filed-occupations';
import { listFilingsOfInstitution } from '../../db/repositories/filings';
import { getInstitution } from '../../db/repositories/institutions';
import { maskIdNumber } from '../../shared/domain/validation/id-card';
import { AppError } from '../../shared/errors';
import type { institutionChannels } from '../../shared/ipc/channels/institutions';
import { type InstitutionDetail, type MaskedCandidate } from '../../shared/ipc/channels/institutions';
import type { CandidateRecord } from '../../shared/store/records';
import { listInstitutionsWithWatch } from '../services/rectification/institution-watch';
import type { HandlersFor } from './types';

const DEFAULT_PAGE = 1000;

/** The full ID number never leaves main. */
function maskCandidate({ idNumber, ...rest }: CandidateRecord): MaskedCandidate {
  return { ...rest, idNumberMasked: maskIdNumber(idNumber) };
}

export const institutionHandlers: HandlersFor<typeof institutionChannels> = {
  'institutions:list': (ctx, { onDate, limit, ...criteria }) =>
    listInstitutionsWithWatch(ctx.db, { ...criteria, limit: limit ?? DEFAULT_PAGE }, onDate ?? defaultStatusDate(ctx.db, ctx.now())),

  'institutions:get': (ctx, { id, includeCandidates }) => {
    const institution = getInstitution(ctx.db, id);
    if (!institution) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_INSTITUTION', id });
    const onDate = defaultStatusDate(ctx.db, ctx.now());
    const filings: InstitutionDetail['filings'] = listFilingsOfInstitution(ctx.db, id).map((filing) => {
      const status = listedFilingStatus(filing, onDate);
      return {
        ...filing,
        status: status.code,
        statusLabel: status.label,
        occupations: listFiledOccupations(ctx.db, filing.id),
        batches: listBatchesOfFiling(ctx.db, filing.id).map((batch) => ({
          ...batch,
          candidates: includeCandidates ? listCandidatesOfBatch(ctx.db, batch.id).map(maskCandidate) : [],
        })),
      };
    });
    return { ...institution, filings };
  },
};
