import type { Database } from '../../../../db/engine';
import type { z } from 'zod';
import { getRound } from '../../../../db/repositories/assessment-rounds';
import { getRectification } from '../../../../db/repositories/rectifications';
import { AppError } from '../../../../shared/errors';
import type { AssessmentRound, InspectionRoundLink } from '../../../../shared/domain/rounds/types';
import { BUNDLE_ENTRIES, bundleRoundsSchema, inspectionRoundsSchema, type BundleInspection } from '../bundle-contents';
import { syncError } from '../format/sync-error';

type CanonicalReader = <S extends z.ZodType>(files: Map<string, Buffer>, name: string, schema: S) => z.output<S>;

export interface BundleRounds {
  /** The rounds the bundle carries (stored as received unless held). */
  rounds: AssessmentRound[];
  /** remoteId → where the inspection belongs; inspections of laptops from before rounds have none. */
  links: Map<number, InspectionRoundLink>;
}

const sameRound = (a: AssessmentRound, b: AssessmentRound) =>
  a.name === b.name && a.year === b.year && a.openedBy === b.openedBy && a.openedAt === b.openedAt;

/**
 * The rounds and links entries (absent in bundles of laptops from before rounds), read like the pins: canonical JSON,
 * strict schemas. Each link names an inspection of the bundle once and a round the bundle carries or the office
 * holds; a round held here must be carried unchanged; a follow-up's rectification must be this office's and of the
 * same filing. Reads the database only.
 */
export function checkBundleRounds(
  db: Database,
  files: Map<string, Buffer>,
  inspections: readonly BundleInspection[],
  read: CanonicalReader,
): BundleRounds {
  const rounds = files.has(BUNDLE_ENTRIES.rounds) ? read(files, BUNDLE_ENTRIES.rounds, bundleRoundsSchema) : [];
  const linkList = files.has(BUNDLE_ENTRIES.inspectionRounds) ? read(files, BUNDLE_ENTRIES.inspectionRounds, inspectionRoundsSchema) : [];
  const carried = new Map<string, AssessmentRound>();
  for (const round of rounds) {
    if (carried.has(round.uid)) throw syncError('SYNC_MANIFEST_INVALID', { detail: `${BUNDLE_ENTRIES.rounds}: ${round.uid} twice` });
    const held = getRound(db, round.uid);
    if (held && !sameRound(held, round)) throw new AppError('ROUND_DIFFERS', { uid: round.uid, name: round.name, heldName: held.name });
    carried.set(round.uid, round);
  }
  const byRemoteId = new Map(inspections.map((entry) => [entry.remoteId, entry]));
  const links = new Map<number, InspectionRoundLink>();
  for (const link of linkList) {
    const entry = byRemoteId.get(link.remoteId);
    if (!entry || links.has(link.remoteId))
      throw syncError('SYNC_MANIFEST_INVALID', { detail: `${BUNDLE_ENTRIES.inspectionRounds}: remoteId ${link.remoteId}` });
    if (!carried.has(link.roundUid) && !getRound(db, link.roundUid)) throw new AppError('ROUND_NOT_FOUND', { uid: link.roundUid });
    if (link.purpose === 'followUp') {
      const rectificationUid = link.rectificationUid ?? '';
      const rectification = getRectification(db, rectificationUid);
      if (!rectification || rectification.origin !== 'office')
        throw new AppError('ROUND_FOLLOW_UP_UNKNOWN_RECTIFICATION', { uid: rectificationUid, remoteId: link.remoteId });
      if (rectification.filingId !== entry.filing.id)
        throw new AppError('ROUND_FOLLOW_UP_WRONG_FILING', { uid: rectificationUid, remoteId: link.remoteId, filingId: entry.filing.id });
      links.set(link.remoteId, { roundUid: link.roundUid, purpose: 'followUp', rectificationUid, scope: link.scope ?? 'full' });
    } else {
      links.set(link.remoteId, { roundUid: link.roundUid, purpose: 'assessment', rectificationUid: null, scope: null });
    }
  }
  return { rounds: [...carried.values()], links };
}
