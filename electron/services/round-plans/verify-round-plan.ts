import type { Database } from '../../../db/engine';
import { hashExpertDirectory, hashInstitutionDirectory } from '../../../shared/domain/double-random/directories';
import type { RoundVerification } from '../../../shared/domain/double-random/types';
import { verifyRoundDraw } from '../../../shared/domain/double-random/verify-round';
import { buildExpertDirectory } from './expert-directory';
import { buildInstitutionDirectory } from './institution-directory';
import { nodeSha256 } from '../hash/node-sha256';
import { drawnRound } from './plan-of-round';

export interface StoredRoundVerification extends RoundVerification {
  /**
   * Information, not a failure: whether the store's directories today still hash as the record's (filings and
   * experts change after a draw; the draw is verified from the copies stored with it).
   */
  currentStore: { institutionsUnchanged: boolean; expertsUnchanged: boolean };
}

/** `round verify --db`: re-runs the stored draw from the directories stored with it and compares. */
export function verifyStoredRound(db: Database, roundUid: string): StoredRoundVerification {
  const { draw } = drawnRound(db, roundUid);
  const verification = verifyRoundDraw(draw.record, draw.institutions, draw.experts, { newHash: nodeSha256 });
  const rules = draw.record.rules;
  return {
    ...verification,
    currentStore: {
      institutionsUnchanged: hashInstitutionDirectory(buildInstitutionDirectory(db, rules), nodeSha256) === draw.record.institutionDirectoryHash,
      expertsUnchanged: hashExpertDirectory(buildExpertDirectory(db, rules), nodeSha256) === draw.record.expertDirectoryHash,
    },
  };
}
