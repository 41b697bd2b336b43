import { getRound } from '../../../db/repositories/assessment-rounds';
import type { AssessmentRound, InspectionRoundLink } from '../../../shared/domain/rounds/types';
import { BUNDLE_ENTRIES } from '../../../electron/services/sync/bundle-contents';
import { canonicalJson } from '../../../electron/services/sync/format/envelope';
import { signAsDevice } from './signed-forgery';
import type { Field, Office } from './sync-fixtures';

export type RemoteLink = InspectionRoundLink & { remoteId: number };

/** A round as a laptop would carry it: the office's own held row, or one the laptop opened (origin device). */
export const carriedRound = (office: Office, uid: string): AssessmentRound => {
  const round = getRound(office.db, uid);
  if (!round) throw new Error(`round ${uid} not held`);
  return round;
};

export const deviceRound = (uid: string, name: string, deviceKey: string): AssessmentRound => ({
  uid,
  name,
  year: 2026,
  origin: 'device',
  openedBy: deviceKey,
  openedAt: '2026-03-01T00:00:00.000Z',
});

/**
 * A genuine bundle of the laptop with the rounds and inspection-rounds entries a laptop of issue 15 writes (canonical
 * JSON), signed with the device's own key: the laptop's bundle export of rounds is built elsewhere.
 */
export function withRoundEntries(
  office: Office,
  field: Field,
  genuine: Buffer,
  sequence: number,
  rounds: AssessmentRound[],
  links: RemoteLink[],
): Buffer {
  return signAsDevice(
    office,
    field,
    genuine,
    (files) => {
      files.set(BUNDLE_ENTRIES.rounds, Buffer.from(canonicalJson(rounds), 'utf8'));
      files.set(
        BUNDLE_ENTRIES.inspectionRounds,
        Buffer.from(
          canonicalJson(
            links.map(({ remoteId, roundUid, purpose, rectificationUid, scope }) => ({ remoteId, roundUid, purpose, rectificationUid, scope })),
          ),
          'utf8',
        ),
      );
    },
    sequence,
  );
}

export const assessmentIn = (remoteId: number, roundUid: string): RemoteLink => ({
  remoteId,
  roundUid,
  purpose: 'assessment',
  rectificationUid: null,
  scope: null,
});
