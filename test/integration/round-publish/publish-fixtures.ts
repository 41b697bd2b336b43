import type { Database } from '../../../db/engine';
import { ensureRound } from '../../../db/repositories/assessment-rounds';
import { insertExpert } from '../../../db/repositories/experts';
import { insertRoundDraw } from '../../../db/repositories/round-draws';
import { insertRoundPlan } from '../../../db/repositories/round-plans';
import { seedHash } from '../../../shared/domain/double-random/seed-commitment';
import {
  defaultRoundRules,
  EXPERT_DIRECTORY_FORMAT,
  INSTITUTION_DIRECTORY_FORMAT,
  ROUND_DRAW_ALGORITHM,
  type DirectoryExpert,
  type DirectoryFiling,
  type DrawnPanel,
  type InstitutionKind,
  type RoundDrawRecord,
  type SelectedFiling,
} from '../../../shared/domain/double-random/types';

export const ROUND_NAME = '2026年度延续备案评估';
export const SEED = '9f1c2b7d4e5a60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';
export const INSTITUTION_DIRECTORY_HASH = 'a'.repeat(16) + '0123456789abcdef'.repeat(3);
export const EXPERT_DIRECTORY_HASH = 'b'.repeat(16) + 'fedcba9876543210'.repeat(3);
export const ANNOUNCED_NOTE = '2026年3月2日在本局网站公布';

/** The pool the hand-built draw names; each with an ID number the store holds and no notice may print. */
export const EXPERTS = [
  { code: 'ZJ0001', name: '王建国', idNumber: '140302197001011234' },
  { code: 'ZJ0002', name: '李秀梅', idNumber: '140302197502022345' },
  { code: 'ZJ0003', name: '赵志强', idNumber: '14030219800303345X' },
  { code: 'ZJ0004', name: '孙丽华', idNumber: '140302198504044567' },
  { code: 'ZJ0005', name: '周明', idNumber: '140302199005055678' },
  { code: 'ZJ0006', name: '吴海燕', idNumber: '140302199106066789' },
] as const;

interface FilingRow {
  id: number;
  filing_no: string;
  name: string;
  uscc: string;
  kind: InstitutionKind;
  region: string | null;
  valid_to: string | null;
}

function filingRows(db: Database, ids: readonly number[]): FilingRow[] {
  return ids.map(
    (id) =>
      db
        .prepare(
          `SELECT f.id, f.filing_no, f.listed_name AS name, i.uscc, f.kind, i.region, f.valid_to FROM filings f JOIN institutions i ON i.id = f.institution_id WHERE f.id = ?`,
        )
        .get(id) as FilingRow,
  );
}

const directoryExpert = (expert: (typeof EXPERTS)[number]): DirectoryExpert => ({
  code: expert.code,
  name: expert.name,
  employerName: null,
  employerUscc: null,
  region: null,
  specialties: [],
  roles: ['lead', 'member'],
  active: true,
  conflicts: [],
  previousRoundUsccs: [],
});

export interface DrawnRound {
  roundUid: string;
  record: RoundDrawRecord;
}

/**
 * An office round drawn by hand (drawRound is written elsewhere): the round, its plan with an announced seed, and a
 * record selecting `filingIds` — the first with a full panel and recusals of every reason, the second one short of a
 * leader and a member, any further with a full panel — plus the notes a real draw writes.
 */
export function insertDrawnRound(db: Database, filingIds: readonly number[], roundUid = '0123456789abcdef0123456789abcdef'): DrawnRound {
  const now = '2026-03-05T02:00:00.000Z';
  ensureRound(db, { uid: roundUid, name: ROUND_NAME, year: 2026, origin: 'office', openedBy: '阳泉市人力资源和社会保障局', openedAt: now });
  const rules = { ...defaultRoundRules(2026), processCheck: { year: 2025, batchPercent: { socialOrg: 50, enterprise: 10, college: 0 } } };
  rules.panel.avoidSameRegion = true;
  insertRoundPlan(db, {
    roundUid,
    rules,
    seed: SEED,
    seedHash: seedHash(SEED),
    seedSource: 'announced',
    seedNote: ANNOUNCED_NOTE,
    createdBy: 'office',
    createdAt: '2026-03-02T01:00:00.000Z',
  });
  for (const expert of EXPERTS) {
    insertExpert(
      db,
      {
        code: expert.code,
        name: expert.name,
        idNumber: expert.idNumber,
        employerName: null,
        employerUscc: null,
        region: null,
        specialties: [],
        roles: ['lead', 'member'],
        active: true,
        deviceKey: null,
        conflicts: [],
      },
      now,
    );
  }
  const rows = filingRows(db, filingIds);
  const directoryFilings: DirectoryFiling[] = rows.map((row) => ({
    filingId: row.id,
    filingNo: row.filing_no,
    uscc: row.uscc,
    institutionName: row.name,
    listedName: row.name,
    kind: row.kind,
    region: row.region,
    validTo: row.valid_to,
    occupationCodes: [],
    batches: [],
  }));
  const selected: SelectedFiling[] = rows.map((row, index) => ({
    filingId: row.id,
    filingNo: row.filing_no,
    uscc: row.uscc,
    institutionName: row.name,
    kind: row.kind,
    reasons: index === 0 ? ['renewal', 'processCheck'] : ['spotCheck'],
    batches: index === 0 ? [{ batchId: 1, batchNo: 'PC2025-0007' }] : [],
  }));
  const [a, b, c, d, e, f] = EXPERTS;
  const panels: DrawnPanel[] = rows.map((row, index) => {
    if (index === 0)
      return {
        filingId: row.id,
        seats: [
          { code: a.code, name: a.name, role: 'lead', specialist: true },
          { code: b.code, name: b.name, role: 'member', specialist: true },
          { code: c.code, name: c.name, role: 'member', specialist: false },
        ],
        exclusions: [
          { code: d.code, name: d.name, reasons: ['sameEmployer', 'declaredConflict'] },
          { code: e.code, name: e.name, reasons: ['previousRound'] },
          { code: f.code, name: f.name, reasons: ['sameRegion'] },
        ],
        shortfall: null,
      };
    if (index === 1)
      return {
        filingId: row.id,
        seats: [{ code: d.code, name: d.name, role: 'member', specialist: false }],
        exclusions: [
          { code: a.code, name: a.name, reasons: ['loadLimit'] },
          { code: f.code, name: f.name, reasons: ['sameRegion'] },
        ],
        shortfall: { leader: true, members: 1 },
      };
    return {
      filingId: row.id,
      seats: [
        { code: e.code, name: e.name, role: 'lead', specialist: false },
        { code: f.code, name: f.name, role: 'member', specialist: false },
        { code: b.code, name: b.name, role: 'member', specialist: false },
      ],
      exclusions: [],
      shortfall: null,
    };
  });
  const record: RoundDrawRecord = {
    algorithm: ROUND_DRAW_ALGORITHM,
    roundUid,
    roundName: ROUND_NAME,
    seed: SEED,
    seedHash: seedHash(SEED),
    rules,
    institutionDirectoryHash: INSTITUTION_DIRECTORY_HASH,
    expertDirectoryHash: EXPERT_DIRECTORY_HASH,
    counts: { filings: 21, experts: EXPERTS.length, activeExperts: EXPERTS.length },
    drawnAt: '2026-03-05T02:00:00.000Z',
    drawnBy: 'office',
    selected,
    panels,
    notes: [
      { code: 'PROCESS_NO_BATCHES', message: '2025 年度自主评价院校没有评价批次，未抽检过程化资料。' },
      { code: 'PANEL_SHORT', message: '1 个专家组因符合条件的专家不足未能配齐，已如实记录。' },
    ],
  };
  insertRoundDraw(db, {
    roundUid,
    record,
    institutions: { format: INSTITUTION_DIRECTORY_FORMAT, filings: directoryFilings },
    experts: { format: EXPERT_DIRECTORY_FORMAT, experts: EXPERTS.map(directoryExpert) },
    drawnBy: 'office',
    drawnAt: record.drawnAt,
  });
  return { roundUid, record };
}

/** Every ID number the store holds (experts and candidates): none may appear in a public notice. */
export function storedIdNumbers(db: Database): string[] {
  const experts = db.prepare('SELECT id_number FROM experts').all() as { id_number: string }[];
  const candidates = db.prepare('SELECT id_number FROM candidates').all() as { id_number: string }[];
  return [...experts, ...candidates].map((row) => row.id_number);
}
