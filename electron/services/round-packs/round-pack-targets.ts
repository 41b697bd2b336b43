import type { Database } from '../../../db/engine';
import { findDevice } from '../../../db/repositories/devices';
import { findExpertByCode } from '../../../db/repositories/experts';
import { currentCertificateOfDevice } from '../../../db/repositories/sync-office';
import type { RoundPackTarget } from '../../../shared/ipc/channels/round-plans';
import { leaderOf, requireDrawnRound } from './drawn-round';

/**
 * `roundPlans:packs`: one target per panel leader of the stored draw, with the filings the leader leads and the
 * laptop the pool names for the leader (experts.device_key, as it is now: a laptop may be handed out after the
 * draw). A leader without a laptop, or whose laptop holds no current certificate, is listed with the problem.
 * Sorted by laptop (leaders sharing one get one pack), then leader code.
 */
export function roundPackTargets(db: Database, roundUid: string): RoundPackTarget[] {
  const draw = requireDrawnRound(db, roundUid);
  const byLeader = new Map<string, { name: string; filingIds: number[] }>();
  for (const panel of draw.record.panels) {
    const leader = leaderOf(panel);
    if (!leader) continue;
    const entry = byLeader.get(leader.code) ?? { name: leader.name, filingIds: [] };
    entry.filingIds.push(panel.filingId);
    byLeader.set(leader.code, entry);
  }
  const targets = [...byLeader].map(([leaderCode, { name, filingIds }]): RoundPackTarget => {
    const deviceKey = findExpertByCode(db, leaderCode)?.deviceKey ?? null;
    const device = deviceKey === null ? null : findDevice(db, deviceKey);
    const enrolled = device !== null && deviceKey !== null && currentCertificateOfDevice(db, deviceKey) !== null;
    return {
      leaderCode,
      leaderName: name,
      deviceKey,
      deviceLabel: device?.label ?? null,
      filingIds: [...filingIds].sort((a, b) => a - b),
      problem: deviceKey === null ? 'noDevice' : enrolled ? null : 'deviceNotEnrolled',
    };
  });
  return targets.sort((a, b) => (a.deviceKey ?? '\uffff').localeCompare(b.deviceKey ?? '\uffff') || a.leaderCode.localeCompare(b.leaderCode));
}
