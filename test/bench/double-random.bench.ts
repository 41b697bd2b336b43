import { nodeSha256 } from '../../electron/services/hash/node-sha256';
import {
  buildRoundDrawRecord,
  drawRound,
  EXPERT_DIRECTORY_FORMAT,
  INSTITUTION_DIRECTORY_FORMAT,
  verifyRoundDraw,
  type DirectoryExpert,
  type DirectoryFiling,
  type ExpertDirectory,
  type InstitutionDirectory,
  type RoundDrawInput,
  type RoundRules,
} from '../../shared/domain/double-random';
import { median, percentile, timeIt, type BenchCase } from './harness';

// A province (issue 16): 5,000 filings, 800 experts, about 300 panels — 200 renewals, 2 % spot checks per kind and a
// few process-check batches; every 回避 rule switched on so each panel looks at the whole pool.
const OCCUPATIONS = Array.from({ length: 40 }, (_, i) => `4-10-01-${String(i).padStart(2, '0')}`);
const REGIONS = ['济南', '青岛', '淄博', '枣庄', '东营', '烟台', '潍坊', '济宁', '泰安', '威海', '日照', '临沂', '德州', '聊城', '滨州', '菏泽'];
const KINDS = ['enterprise', 'college', 'socialOrg'] as const;
const usccOf = (n: number) => `91370100MA${String(n).padStart(8, '0')}`;
const nameOf = (n: number) => `山东第${n}职业技能评价（有限）公司`;

function provinceFilings(count = 5000): InstitutionDirectory {
  const filings: DirectoryFiling[] = [];
  for (let n = 1; n <= count; n++) {
    const kind = KINDS[n % 3] ?? 'enterprise';
    filings.push({
      filingId: n,
      filingNo: `鲁评备-${String(n).padStart(5, '0')}`,
      uscc: usccOf(n),
      institutionName: nameOf(n),
      listedName: nameOf(n),
      kind,
      region: REGIONS[n % REGIONS.length] ?? null,
      validTo: n % 25 === 0 || n <= 2 ? '2026-09-30' : '2028-06-30',
      occupationCodes: [OCCUPATIONS[n % 40] ?? '', OCCUPATIONS[(n * 7) % 40] ?? ''].sort(),
      batches:
        kind === 'socialOrg' && n % 1250 === 2
          ? [1, 2].map((b) => ({
              batchId: n * 10 + b,
              batchNo: `P${n}-${b}`,
              occupationCode: OCCUPATIONS[n % 40] ?? '',
              level: 'level4',
              examDate: '2025-05-20',
            }))
          : [],
    });
  }
  return { format: INSTITUTION_DIRECTORY_FORMAT, filings };
}

function provincePool(count = 800): ExpertDirectory {
  const pool: DirectoryExpert[] = [];
  for (let n = 1; n <= count; n++) {
    pool.push({
      code: `E${String(n).padStart(4, '0')}`,
      name: `专家${n}`,
      employerName: n % 10 === 0 ? nameOf(n * 3) : `山东某大学${n % 50}`,
      employerUscc: n % 10 === 0 ? usccOf(n * 3) : null,
      region: REGIONS[n % REGIONS.length] ?? null,
      specialties: [OCCUPATIONS[n % 40] ?? '', OCCUPATIONS[(n * 3) % 40] ?? ''].sort(),
      roles: n % 4 === 0 ? ['lead', 'member'] : ['member'],
      active: n % 50 !== 0,
      conflicts: [
        { relation: 'worked', uscc: usccOf(n * 5), name: null },
        { relation: 'trained', uscc: null, name: nameOf(n * 2 + 1) },
      ],
      previousRoundUsccs: [usccOf(n * 7)],
    });
  }
  return { format: EXPERT_DIRECTORY_FORMAT, experts: pool };
}

const RULES: RoundRules = {
  renewalWindow: { from: '2026-01-01', to: '2026-12-31' },
  spotCheckPercent: { enterprise: 2, college: 2, socialOrg: 2 },
  processCheck: { year: 2025, batchPercent: { enterprise: 10, college: 0, socialOrg: 50 } },
  panel: {
    members: 4,
    maxPanelsPerExpert: 3,
    avoidSameRegion: true,
    avoidPreviousRound: true,
    previousRoundUid: 'c'.repeat(32),
    preferSpecialists: true,
  },
};
const META = { roundUid: 'd'.repeat(32), roundName: '2026年度延续备案评估', drawnAt: '2026-12-04T00:00:00.000Z', drawnBy: 'bench' };

export const cases: BenchCase[] = [
  {
    name: '双随机 5,000 filings / 800 experts',
    run() {
      const input: RoundDrawInput = { seed: '5eed'.repeat(16), rules: RULES, institutions: provinceFilings(), experts: provincePool() };
      const outcome = drawRound(input);
      const record = buildRoundDrawRecord(META, input, outcome, { newHash: nodeSha256 });
      const short = outcome.panels.filter((panel) => panel.shortfall !== null).length;
      const draws = timeIt(() => void drawRound(input), 10, 2);
      const records = timeIt(() => void buildRoundDrawRecord(META, input, undefined, { newHash: nodeSha256 }), 5, 1);
      const verifyNode = timeIt(() => void verifyRoundDraw(record, input.institutions, input.experts, { newHash: nodeSha256 }), 5, 1);
      const verifyPure = timeIt(() => void verifyRoundDraw(record, input.institutions, input.experts), 5, 1);
      if (!verifyRoundDraw(record, input.institutions, input.experts).ok) throw new Error('the bench round does not verify');
      const note = `${outcome.selected.length} selected, ${outcome.panels.length} panels, ${short} short`;
      return [
        { name: 'drawRound median', value: median(draws), unit: 'ms', goal: '≤ 1000', note },
        { name: 'drawRound p95', value: percentile(draws, 95), unit: 'ms', goal: '≤ 1000' },
        { name: 'draw + record (hashes, node:crypto) median', value: median(records), unit: 'ms', note: 'as the service runs it' },
        { name: 'verifyRoundDraw (node:crypto) median', value: median(verifyNode), unit: 'ms', note: 'as `round verify` runs it' },
        { name: 'verifyRoundDraw (pure SHA-256) median', value: median(verifyPure), unit: 'ms' },
      ];
    },
  },
];
