import type { ExpertDirectory, InstitutionDirectory, RoundDrawRecord, RoundVerification } from './types';

/** Re-runs a recorded round draw from the two directories and says whether it gives the same result. */
export function verifyRoundDraw(_record: RoundDrawRecord, _institutions: InstitutionDirectory, _experts: ExpertDirectory): RoundVerification {
  throw new Error('verifyRoundDraw: not implemented yet');
}
