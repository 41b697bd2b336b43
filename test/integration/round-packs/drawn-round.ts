import { createHash } from 'node:crypto';
import type { Database } from '../../../db/engine';
import { ensureRound } from '../../../db/repositories/assessment-rounds';
import { insertExpert } from '../../../db/repositories/experts';
import { insertRoundDraw } from '../../../db/repositories/round-draws';
import { insertRoundPlan } from '../../../db/repositories/round-plans';
import { inTransaction } from '../../../db/sql';
import {
  defaultRoundRules,
  EXPERT_DIRECTORY_FORMAT,
  INSTITUTION_DIRECTORY_FORMAT,
  ROUND_DRAW_ALGORITHM,
  type DrawnPanel,
  type InstitutionKind,
  type PanelSeat,
  type RoundDrawRecord,
} from '../../../shared/domain/double-random/types';

export const ROUND_UID = 'd'.repeat(32);
export const ROUND_NAME = '2026年度延续备案评估';
const SEED = 'ab'.repeat(32);
const AT = '2026-03-01T08:00:00.000Z';

/** The pool: 组长 甲 and 丁 share the enrolled laptop, 乙 has none, 丙's laptop is not enrolled; 成员 戊 and 己. */
export const LAPTOP = 'laptop-lead-a';
export const GHOST_LAPTOP = 'laptop-ghost';
const EXPERTS = [
  { code: 'RP00001', name: '组长甲', roles: ['lead'] as const, deviceKey: LAPTOP },
  { code: 'RP00002', name: '组长乙', roles: ['lead'] as const, deviceKey: null },
  { code: 'RP00003', name: '组长丙', roles: ['lead'] as const, deviceKey: GHOST_LAPTOP },
  { code: 'RP00004', name: '组长丁', roles: ['lead', 'member'] as const, deviceKey: LAPTOP },
  { code: 'RP00005', name: '成员戊', roles: ['member'] as const, deviceKey: null },
  { code: 'RP00006', name: '成员己', roles: ['member'] as const, deviceKey: null },
];

export interface DrawnFiling {
  filingId: number;
  filingNo: string;
  kind: InstitutionKind;
}

const seat = (code: string, role: PanelSeat['role']): PanelSeat => {
  const expert = EXPERTS.find((e) => e.code === code);
  if (!expert) throw new Error(code);
  return { code, name: expert.name, role, specialist: false };
};

/**
 * A hand-built stored draw (the real drawRound is another engineer's): six demo filings, panels as a draw would
 * store them, one short of a member and one without a leader. Members are listed before the leader in one panel so
 * the export has to put the leader first.
 */
export function storeDrawnRound(db: Database, filings: readonly DrawnFiling[]): { panels: DrawnPanel[] } {
  const [f1, f2, f3, f4, f5, f6] = filings;
  if (!f1 || !f2 || !f3 || !f4 || !f5 || !f6) throw new Error('six filings needed');
  const panels: DrawnPanel[] = [
    {
      filingId: f1.filingId,
      seats: [seat('RP00001', 'lead'), seat('RP00005', 'member'), seat('RP00006', 'member')],
      exclusions: [],
      shortfall: null,
    },
    { filingId: f2.filingId, seats: [seat('RP00005', 'member'), seat('RP00001', 'lead')], exclusions: [], shortfall: { leader: false, members: 1 } },
    { filingId: f3.filingId, seats: [seat('RP00004', 'lead'), seat('RP00006', 'member')], exclusions: [], shortfall: { leader: false, members: 1 } },
    { filingId: f4.filingId, seats: [seat('RP00002', 'lead'), seat('RP00005', 'member')], exclusions: [], shortfall: { leader: false, members: 1 } },
    { filingId: f5.filingId, seats: [seat('RP00003', 'lead'), seat('RP00006', 'member')], exclusions: [], shortfall: { leader: false, members: 1 } },
    { filingId: f6.filingId, seats: [seat('RP00006', 'member')], exclusions: [], shortfall: { leader: true, members: 1 } },
  ];
  const rules = defaultRoundRules(2026);
  const record: RoundDrawRecord = {
    algorithm: ROUND_DRAW_ALGORITHM,
    roundUid: ROUND_UID,
    roundName: ROUND_NAME,
    seed: SEED,
    seedHash: createHash('sha256').update(SEED).digest('hex'),
    rules,
    institutionDirectoryHash: '0'.repeat(64),
    expertDirectoryHash: '1'.repeat(64),
    counts: { filings: filings.length, experts: EXPERTS.length, activeExperts: EXPERTS.length },
    drawnAt: AT,
    drawnBy: '测试',
    selected: filings.map((f) => ({
      filingId: f.filingId,
      filingNo: f.filingNo,
      uscc: '9'.repeat(18),
      institutionName: '机构',
      kind: f.kind,
      reasons: ['renewal'],
      batches: [],
    })),
    panels,
    notes: [],
  };
  inTransaction(db, () => {
    ensureRound(db, { uid: ROUND_UID, name: ROUND_NAME, year: 2026, origin: 'office', openedBy: '测试', openedAt: AT });
    insertRoundPlan(db, {
      roundUid: ROUND_UID,
      rules,
      seed: SEED,
      seedHash: record.seedHash,
      seedSource: 'generated',
      seedNote: null,
      createdBy: '测试',
      createdAt: AT,
    });
    for (const [i, expert] of EXPERTS.entries())
      insertExpert(
        db,
        {
          code: expert.code,
          name: expert.name,
          idNumber: `37010219800101${String(i).padStart(4, '0')}`,
          employerName: null,
          employerUscc: null,
          region: null,
          specialties: [],
          roles: [...expert.roles],
          active: true,
          deviceKey: expert.deviceKey,
          conflicts: [],
        },
        AT,
      );
    insertRoundDraw(db, {
      roundUid: ROUND_UID,
      record,
      institutions: { format: INSTITUTION_DIRECTORY_FORMAT, filings: [] },
      experts: { format: EXPERT_DIRECTORY_FORMAT, experts: [] },
      drawnBy: '测试',
      drawnAt: AT,
    });
  });
  return { panels };
}

/** Six demo filings of one kind, except the third (led from the enrolled laptop), of another kind. */
export function sixFilings(db: Database): DrawnFiling[] {
  const rows = db.prepare('SELECT id AS filingId, filing_no AS filingNo, kind FROM filings ORDER BY id').all() as DrawnFiling[];
  const count = (kind: InstitutionKind) => rows.filter((r) => r.kind === kind).length;
  const [most] = [...new Set(rows.map((r) => r.kind))].sort((a, b) => count(b) - count(a));
  const same = rows.filter((r) => r.kind === most);
  const other = rows.filter((r) => r.kind !== most);
  const chosen = [same[0], same[1], other[0], same[2], same[3], same[4]];
  if (chosen.some((f) => f === undefined)) throw new Error('the demo data has too few filings of two kinds');
  return chosen as DrawnFiling[];
}
