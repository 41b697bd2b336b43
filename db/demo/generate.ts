import type { Database } from '../engine';
import { AppError } from '../../shared/errors';
import { addDays, addYears, compareDates, toDayNumber, fromDayNumber } from '../../shared/domain/deadlines/plain-date';
import type { InstitutionKind, NotUploadedReason, SkillLevel } from '../../shared/store/enums';
import { inTransaction } from '../sql';
import { isDemoDatabase, META_KEYS, setMeta } from '../repositories/app-meta';
import { countBatches, insertBatch } from '../repositories/batches';
import { countCandidates, insertCandidate } from '../repositories/candidates';
import { countFiledOccupations, upsertFiledOccupation } from '../repositories/filed-occupations';
import { listExperts } from '../repositories/experts';
import { countFilings, insertFiling } from '../repositories/filings';
import { countInstitutions, insertInstitution } from '../repositories/institutions';
import { listInspections } from '../repositories/inspections';
import { addDemoExperts } from './demo-experts';
import { addDraftDemoInspection, DRAFT_DEMO_FILING } from './draft-inspection';
import { addFinishedDemoInspection, FINISHED_DEMO_FILING } from './finished-inspection';
import { demoIdNumber, demoPersonName, demoPhone, demoUscc } from './identities';
import { DEMO_OCCUPATIONS } from './occupations';
import { DemoRandom } from './prng';
import { YANGQUAN_ENTITIES, YANGQUAN_FILINGS, YANGQUAN_REGIONS, type YangquanFiling } from './yangquan-list';

export const DEMO_SEED = 20230831;
/** Every demo row carries this time stamp, so two runs produce the same data byte for byte. */
export const DEMO_STAMP = '2023-08-31T00:00:00.000Z';
/** Statuses of the demo are shown as of the Yangquan notice (阳人社函〔2023〕221号). */
export const DEMO_REFERENCE_DATE = '2023-08-31';
/** Batches run until just before the assessment notice (阳人社函〔2023〕221号, 2023-08-31). */
const LAST_EXAM_DAY = '2023-08-15';

export interface DemoSummary {
  created: boolean;
  institutions: number;
  filings: number;
  occupations: number;
  batches: number;
  candidates: number;
  inspections: number;
  experts: number;
}

const FILING_NO_PREFIX: Record<InstitutionKind, string> = { enterprise: 'Y', college: 'X', socialOrg: 'S' };
const STREETS = ['桃北中路', '南大街', '德胜街', '义井街', '北大街', '泉中路', '桃南东路', '赛鱼路'];
const EDUCATION = ['初中', '高中', '中专', '技工学校', '大专', '本科'];
const OTHER_SHANXI_REGIONS = ['140105', '140106', '140212', '140402', '140702', '140802'];
const NOT_UPLOADED: { reason: NotUploadedReason; note: string }[] = [
  { reason: 'occupation', note: '职业（工种）与备案范围不一致，待核实' },
  { reason: 'level', note: '申报等级超出备案等级' },
  { reason: 'eligibility', note: '工作年限证明材料不全' },
  { reason: 'other', note: '系统上传失败，待重新上传' },
];

/**
 * Fills an empty database with the demo data (演示数据): the 21 filings of the Yangquan list, generated
 * occupations, batches and candidates, one finished (signed, locked) Shanxi inspection and one Shandong draft, so a
 * newcomer sees a real report at once, and an expert pool of 15 (./demo-experts.ts). Deterministic for a given seed.
 * Refuses a database holding real data; a database that already holds the demo data is left as it is.
 */
export function createDemoData(db: Database, seed = DEMO_SEED): DemoSummary {
  return inTransaction(db, () => {
    if (isDemoDatabase(db)) return { ...countDemo(db), created: false };
    if (countInstitutions(db) > 0) {
      throw new AppError('REAL_DATA_PRESENT', { count: countInstitutions(db) });
    }
    const random = new DemoRandom(seed);
    const entityIds = new Map<string, number>();
    for (const entity of YANGQUAN_ENTITIES) {
      const id = insertInstitution(
        db,
        {
          uscc: demoUscc(random, entity.usccPrefix, entity.regionCode),
          name: entity.name,
          region: YANGQUAN_REGIONS[entity.regionCode],
          address: `山西省${YANGQUAN_REGIONS[entity.regionCode]}${random.pick(STREETS)}${random.int(1, 300)}号`,
          contact: demoPersonName(random),
          phone: demoPhone(random),
          centralSoeBranch: false,
          demo: true,
        },
        DEMO_STAMP,
      );
      entityIds.set(entity.key, id);
    }
    const filingIds = new Map(YANGQUAN_FILINGS.map((filing) => [filing.listedName, addFiling(db, random, filing, entityIds)]));
    addFinishedDemoInspection(db, requireDemoFiling(filingIds, FINISHED_DEMO_FILING));
    addDraftDemoInspection(db, requireDemoFiling(filingIds, DRAFT_DEMO_FILING));
    addDemoExperts(db, seed, DEMO_STAMP);
    setMeta(db, META_KEYS.demo, 'true');
    setMeta(db, META_KEYS.demoSeed, String(seed));
    setMeta(db, META_KEYS.demoReferenceDate, DEMO_REFERENCE_DATE);
    return { ...countDemo(db), created: true };
  });
}

function requireDemoFiling(filingIds: Map<string, number>, listedName: string): number {
  const id = filingIds.get(listedName);
  if (id === undefined) throw new Error(`the demo list has no filing ${listedName}`);
  return id;
}

/** One filing with its occupations, batches and candidates; returns the filing id. */
function addFiling(db: Database, random: DemoRandom, filing: YangquanFiling, entityIds: Map<string, number>): number {
  const institutionId = entityIds.get(filing.entity);
  const entity = YANGQUAN_ENTITIES.find((e) => e.key === filing.entity);
  if (institutionId === undefined || !entity) throw new Error(`demo list row ${filing.serial} names unknown entity ${filing.entity}`);
  const filedOn = randomDay(random, `${filing.filingYear}-08-01`, `${filing.filingYear}-12-20`);
  const validTo = addDays(addYears(filedOn, 3), -1);
  const filingNo = `${FILING_NO_PREFIX[filing.kind]}${entity.regionCode}${filing.filingYear}${String(filing.serial).padStart(3, '0')}`;
  const filingId = insertFiling(
    db,
    {
      institutionId,
      kind: filing.kind,
      nature: filing.nature,
      listedName: filing.listedName,
      filingNo,
      filingYear: filing.filingYear,
      filedOn,
      validFrom: filedOn,
      validTo,
    },
    DEMO_STAMP,
  );
  // Social organisations evaluate 五级–三级 only (R-INS-03); employers and colleges also 二级.
  const levels: SkillLevel[] = filing.kind === 'socialOrg' ? ['level5', 'level4', 'level3'] : ['level5', 'level4', 'level3', 'level2'];
  let batchSerial = 0;
  for (const key of filing.occupations) {
    const occupation = DEMO_OCCUPATIONS[key];
    const filedLevels = random.sample(levels, random.int(2, levels.length));
    const filedOccupationId = upsertFiledOccupation(db, { filingId, ...occupation, levels: filedLevels });
    const lastExam = compareDates(validTo, LAST_EXAM_DAY) < 0 ? validTo : LAST_EXAM_DAY;
    const examDates = Array.from({ length: random.int(2, 4) }, () => randomDay(random, addDays(filedOn, 45), lastExam)).sort(compareDates);
    for (const examDate of examDates) {
      batchSerial += 1;
      const batchNo = `${examDate.slice(0, 4)}-${String(batchSerial).padStart(3, '0')}`;
      const batchId = addBatch(db, random, { filingId, filedOccupationId, level: random.pick(filedLevels), batchNo, examDate });
      addCandidates(db, random, batchId, examDate, entity.regionCode, `${filingNo}${batchNo.replace('-', '')}`);
    }
  }
  return filingId;
}

function addBatch(
  db: Database,
  random: DemoRandom,
  base: { filingId: number; filedOccupationId: number; level: SkillLevel; batchNo: string; examDate: string },
): number {
  // About one batch in six has its plan filed late (R-DL-09) or a publicity shorter than 5 working days (R-DL-08),
  // so the automatic findings have something to show.
  const planFiledOn = addDays(base.examDate, random.chance(0.15) ? -random.int(1, 3) : -random.int(8, 20));
  const publicityStart = addDays(base.examDate, random.int(7, 20));
  const publicityEnd = addDays(publicityStart, random.chance(0.15) ? random.int(1, 3) : random.int(7, 10));
  const evaluators = random.int(3, 6);
  const proctors = random.int(2, 4);
  const assistants = random.int(0, 2);
  const ownEvaluators = random.int(0, evaluators);
  return insertBatch(db, {
    ...base,
    planFiledOn,
    publicityStart,
    publicityEnd,
    staff: {
      examLead: { planned: 1, present: 1 },
      evaluator: { planned: evaluators, present: random.chance(0.15) ? evaluators - 1 : evaluators },
      proctor: { planned: proctors, present: proctors },
      supervisor: { planned: 1, present: random.chance(0.1) ? 0 : 1 },
      assistant: { planned: assistants, present: assistants },
    },
    ownEvaluators,
    externalEvaluators: evaluators - ownEvaluators,
  });
}

function addCandidates(db: Database, random: DemoRandom, batchId: number, examDate: string, regionCode: string, certificatePrefix: string): void {
  const count = random.int(8, 30);
  const used = new Set<string>();
  for (let seq = 1; seq <= count; seq++) {
    const underSixteen = random.chance(0.01);
    const age = underSixteen ? 15 : random.int(18, 55);
    const birthDate = randomDay(random, addYears(examDate, -age - 1), addDays(addYears(examDate, -age), -1));
    const idNumber = demoIdNumber(random, random.chance(0.8) ? regionCode : random.pick(OTHER_SHANXI_REGIONS), birthDate);
    if (used.has(idNumber)) continue;
    used.add(idNumber);
    const absent = random.chance(0.03);
    const theoryScore = absent ? null : random.int(400, 980) / 10;
    const skillScore = absent ? null : random.int(400, 980) / 10;
    const passed = theoryScore !== null && skillScore !== null && theoryScore >= 60 && skillScore >= 60;
    const notUploaded =
      passed && (underSixteen ? { reason: 'under16' as const, note: '考生未满16周岁' } : random.chance(0.08) ? random.pick(NOT_UPLOADED) : null);
    insertCandidate(db, {
      batchId,
      name: demoPersonName(random),
      idNumber,
      birthDate,
      education: random.pick(EDUCATION),
      workYears: random.int(0, Math.max(0, age - 16)),
      eligibilityBasis: random.pick([
        '累计从事本职业或相关职业工作满1年',
        '取得本职业五级证书后累计从事本职业工作满4年',
        '技工学校本专业毕业生',
        '累计从事本职业工作满6年',
      ]),
      theoryScore,
      skillScore,
      result: absent ? 'absent' : passed ? 'pass' : 'fail',
      certificateNo: passed ? `${certificatePrefix}${String(seq).padStart(3, '0')}` : null,
      uploadedNational: passed && !notUploaded,
      notUploadedReason: notUploaded ? notUploaded.reason : null,
      notUploadedNote: notUploaded ? notUploaded.note : null,
    });
  }
}

function randomDay(random: DemoRandom, from: string, to: string): string {
  return fromDayNumber(random.int(toDayNumber(from), toDayNumber(to)));
}

function countDemo(db: Database): Omit<DemoSummary, 'created'> {
  return {
    institutions: countInstitutions(db),
    filings: countFilings(db),
    occupations: countFiledOccupations(db),
    batches: countBatches(db),
    candidates: countCandidates(db),
    inspections: listInspections(db).length,
    experts: listExperts(db).length,
  };
}
