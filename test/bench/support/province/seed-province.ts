import { createHash } from 'node:crypto';
import type { Database } from '../../../../db/engine';
import { demoPersonName, demoUscc } from '../../../../db/demo/identities';
import { idCardCheckChar } from '../../../../shared/domain/validation/id-card';
import { DemoRandom } from '../../../../db/demo/prng';
import { findFormTemplateByVersion } from '../../../../db/repositories/form-templates';
import { requireInspection } from '../../../../db/repositories/inspections';
import { SCORING_VERSION, scoreInspection } from '../../../../electron/services/sync/review/score-inspection';
import { inTransaction } from '../../../../db/sql';
import { expectDenseIds, RowInserter } from './insert-rows';

/** A provincial office (issue 17 §6) at `scale` = 1: 100k filings, 1M candidates, 50k inspections from 300 devices. */
export interface ProvinceSize {
  filings: number;
  candidatesPerFiling: number;
  inspections: number;
  devices: number;
}

export function provinceSize(scale: number): ProvinceSize {
  const inspections = Math.max(1, Math.round(50_000 * scale));
  return { filings: Math.max(100, Math.round(100_000 * scale)), candidatesPerFiling: 10, inspections, devices: Math.min(300, inspections) };
}

export const PROVINCE_ROUND = { uid: 'a17b'.repeat(8), name: '2023年度全省延续备案评估', year: 2023 };
export const TEMPLATE = { id: 'shanxi-renewal-2023', version: '2023.1' };
/** The items the sync bench answers; the seeded inspections carry the same answers an imported one does. */
export const ANSWERED_ITEMS = ['1.1.1', '1.2.1', '2.1.1', '3.1.1', '4.1.1'];

const CITIES = [
  ['140105', '太原市小店区'],
  ['140213', '大同市平城区'],
  ['140302', '阳泉市城区'],
  ['140322', '阳泉市盂县'],
  ['140403', '长治市潞州区'],
  ['140502', '晋城市城区'],
  ['140602', '朔州市朔城区'],
  ['140702', '晋中市榆次区'],
  ['140802', '运城市盐湖区'],
  ['140902', '忻州市忻府区'],
  ['141002', '临汾市尧都区'],
  ['141102', '吕梁市离石区'],
] as const;
export const WORDS = ['热力', '煤业', '家政', '建业', '职业技术', '职业培训', '茶文化', '健康管理', '美容美发', '人力资源', '电力', '机械'];
const SUFFIXES = ['有限公司', '有限责任公司', '职业技能培训学校', '行业协会', '职业技术学院'];
const KINDS = ['enterprise', 'enterprise', 'college', 'socialOrg'] as const;
const STAMP = '2023-09-30T08:00:00.000Z';

const hex64 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Seeds the office as it stands after every device's bundles were imported: institutions and filings with their
 * filed occupation, a batch of candidates each, and per device the rows bundle-import.ts writes for an inspection
 * (inspection, answers, template pin, round link, sync_imported_inspections, stored score) plus devices and device state. Rows
 * go in 500 a statement, one transaction per table group.
 */
export function seedProvince(db: Database, size: ProvinceSize): void {
  const random = new DemoRandom(17);
  const usccs = new Set<string>();
  inTransaction(db, () => {
    const institutions = new RowInserter(db, 'institutions', ['uscc', 'name', 'region', 'created_at', 'updated_at']);
    const filings = new RowInserter(
      db,
      'filings',
      ['institution_id', 'kind', 'listed_name', 'filing_no', 'filing_year', 'filed_on', 'valid_from', 'valid_to', 'created_at', 'updated_at'],
      [institutions],
    );
    for (let n = 1; n <= size.filings; n++) {
      const [code, region] = CITIES[n % CITIES.length] as (typeof CITIES)[number];
      let uscc = demoUscc(random, '91', code);
      while (usccs.has(uscc)) uscc = demoUscc(random, '91', code);
      usccs.add(uscc);
      const name = `${region.slice(0, 3)}${WORDS[n % WORDS.length]}${String(n).padStart(6, '0')}${random.pick(SUFFIXES)}`;
      institutions.add([uscc, name, region, STAMP, STAMP]);
      const year = random.int(2019, 2023);
      const filedOn = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-15`;
      filings.add([
        n,
        random.pick(KINDS),
        name,
        `晋评备${String(n).padStart(6, '0')}`,
        year,
        filedOn,
        filedOn,
        `${year + 3}${filedOn.slice(4, 8)}14`,
        STAMP,
        STAMP,
      ]);
    }
    institutions.flush();
    filings.flush();
    expectDenseIds(db, 'institutions', size.filings);
    expectDenseIds(db, 'filings', size.filings);
  });
  inTransaction(db, () => {
    const occupations = new RowInserter(db, 'filed_occupations', ['filing_id', 'code', 'name']);
    const levels = new RowInserter(db, 'filed_levels', ['filed_occupation_id', 'level'], [occupations]);
    const batches = new RowInserter(db, 'batches', ['filing_id', 'filed_occupation_id', 'level', 'batch_no', 'exam_date'], [occupations]);
    for (let n = 1; n <= size.filings; n++) {
      occupations.add([n, '6-31-01-03', '电工']);
      levels.add([n, 'level5']);
      batches.add([n, n, 'level5', `${2023}-${String(n).padStart(6, '0')}`, `2023-06-${String(10 + (n % 18)).padStart(2, '0')}`]);
    }
    for (const inserter of [occupations, levels, batches]) inserter.flush();
    expectDenseIds(db, 'batches', size.filings);
  });
  // A million candidates: one transaction per 100k rows keeps the PostgreSQL worker's transaction modest.
  const perTransaction = Math.max(1, Math.floor(100_000 / size.candidatesPerFiling));
  for (let first = 1; first <= size.filings; first += perTransaction) {
    inTransaction(db, () => {
      const candidates = new RowInserter(db, 'candidates', ['batch_id', 'name', 'id_number', 'birth_date', 'result', 'uploaded_national']);
      for (let batch = first; batch < Math.min(size.filings + 1, first + perTransaction); batch++) {
        const [code] = CITIES[batch % CITIES.length] as (typeof CITIES)[number];
        for (let c = 0; c < size.candidatesPerFiling; c++) {
          const birth = `19${random.int(70, 99)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
          candidates.add([
            batch,
            demoPersonName(random),
            candidateIdNumber(code, birth, c),
            birth,
            c % 7 === 0 ? 'fail' : 'pass',
            c % 9 === 0 ? 0 : 1,
          ]);
        }
      }
      candidates.flush();
    });
  }
  seedImportedInspections(db, size, random);
}

/** A valid 身份证号 (GB 11643 check) whose sequence part is the candidate's place, so a batch never repeats one. */
function candidateIdNumber(regionCode: string, birthDate: string, place: number): string {
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(place).padStart(3, '0')}`;
  return first17 + (idCardCheckChar(first17) ?? '0');
}

function seedImportedInspections(db: Database, size: ProvinceSize, random: DemoRandom): void {
  const pin = findFormTemplateByVersion(db, TEMPLATE.id, TEMPLATE.version);
  if (!pin) throw new Error(`the built-in form ${TEMPLATE.id} ${TEMPLATE.version} is not registered`);
  inTransaction(db, () => {
    db.prepare('INSERT INTO assessment_rounds (uid, name, year, origin, opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      PROVINCE_ROUND.uid,
      PROVINCE_ROUND.name,
      PROVINCE_ROUND.year,
      'office',
      '省厅',
      STAMP,
    );
    const inspectors = new RowInserter(db, 'inspectors', ['name', 'created_at', 'updated_at']);
    const devices = new RowInserter(db, 'devices', ['device_key', 'label', 'inspector_id', 'registered_at'], [inspectors]);
    for (let d = 1; d <= size.devices; d++) {
      inspectors.add([demoPersonName(random), STAMP, STAMP]);
      devices.add([deviceKeyOf(d), `核查笔记本 ${d}`, d, STAMP]);
    }
    inspectors.flush();
    devices.flush();
    const state = new RowInserter(db, 'sync_device_state', ['device_key', 'last_sequence', 'last_manifest_sha256', 'last_imported_at']);
    for (let d = 1; d <= size.devices; d++) state.add([deviceKeyOf(d), 3, hex64(`manifest ${d}`), STAMP]);
    state.flush();
  });
  const perTransaction = 10_000;
  for (let first = 1; first <= size.inspections; first += perTransaction) {
    inTransaction(db, () => {
      const inspections = new RowInserter(db, 'inspections', [
        'institution_id',
        'filing_id',
        'template_id',
        'template_version',
        'panel_json',
        'inspection_date',
        'status',
        'created_at',
        'updated_at',
      ]);
      const answers = new RowInserter(db, 'answers', ['inspection_id', 'item_id', 'payload_json', 'updated_at', 'updated_by'], [inspections]);
      const pins = new RowInserter(db, 'inspection_template_pins', ['inspection_id', 'template_hash'], [inspections]);
      const links = new RowInserter(db, 'inspection_rounds', ['inspection_id', 'round_uid', 'purpose'], [inspections]);
      const imported = new RowInserter(
        db,
        'sync_imported_inspections',
        [
          'device_key',
          'remote_id',
          'content_sha256',
          'inspection_id',
          'conflict_key',
          'signer_serial',
          'imported_at',
          'review_status',
          'reviewed_at',
          'reviewed_by',
        ],
        [inspections],
      );
      const last = Math.min(size.inspections, first + perTransaction - 1);
      for (let id = first; id <= last; id++) {
        // Inspection n is of filing n (each filing assessed once in the round), by device n mod 300.
        const device = ((id - 1) % size.devices) + 1;
        const panel = JSON.stringify([{ name: demoPersonName(random), role: 'lead' }]);
        const date = `2023-${String(7 + (id % 3)).padStart(2, '0')}-${String(1 + (id % 28)).padStart(2, '0')}`;
        inspections.add([id, id, TEMPLATE.id, TEMPLATE.version, panel, date, 'locked', STAMP, STAMP]);
        for (const item of ANSWERED_ITEMS) answers.add([id, item, '{"deductions":{}}', STAMP, '核查员']);
        pins.add([id, pin.hash]);
        links.add([id, PROVINCE_ROUND.uid, 'assessment']);
        const accepted = id % 10 !== 0;
        imported.add([
          deviceKeyOf(device),
          Math.ceil(id / size.devices),
          hex64(`inspection ${id}`),
          id,
          `round:${PROVINCE_ROUND.uid}:${id}`,
          'ab'.repeat(8),
          STAMP,
          accepted ? 'accepted' : 'pending',
          accepted ? STAMP : null,
          accepted ? '复核员' : null,
        ]);
      }
      for (const inserter of [inspections, answers, pins, links, imported]) inserter.flush();
    });
  }
  expectDenseIds(db, 'inspections', size.inspections);
  seedStoredScores(db, size, pin.hash);
}

/**
 * The scores bundle-import.ts stores with each inspection (migration 0015). The seeded inspections share one answer
 * set and one pin and differ only in their filing's year, which picks the 附件4 track: per filing year the real
 * scoring (scoreInspection) scores one of them, and that score is stored for every inspection of that year.
 */
function seedStoredScores(db: Database, size: ProvinceSize, templateHash: string): void {
  const years = db
    .prepare(
      'SELECT f.filing_year AS year, min(i.id) AS id FROM inspections i JOIN filings f ON f.id = i.filing_id WHERE i.id <= ? GROUP BY f.filing_year',
    )
    .all(size.inspections) as { year: number; id: number }[];
  inTransaction(db, () => {
    for (const { year, id } of years) {
      const scored = scoreInspection(db, requireInspection(db, id));
      if (scored.template === null) throw new Error(`seeded inspection ${id} could not be scored: ${scored.outcomeLabel}`);
      db.prepare(
        `INSERT INTO inspection_scores (inspection_id, template_hash, filing_year, scoring_version, total_hundredths, category, outcome_label,
           orders_rectification)
         SELECT i.id, ?, f.filing_year, ?, ?, ?, ?, ? FROM inspections i JOIN filings f ON f.id = i.filing_id WHERE f.filing_year = ? AND i.id <= ?`,
      ).run(
        templateHash,
        SCORING_VERSION,
        scored.total,
        scored.category,
        scored.outcomeLabel,
        scored.ordersRectification ? 1 : 0,
        year,
        size.inspections,
      );
    }
  });
}

export const deviceKeyOf = (n: number) => `laptop-${String(n).padStart(3, '0')}`;
