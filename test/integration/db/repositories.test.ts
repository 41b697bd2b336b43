import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { getMeta, isDemoDatabase, setMeta } from '../../../db/repositories/app-meta';
import { getAnswer, listAnswers, saveAnswer } from '../../../db/repositories/answers';
import { listAudit } from '../../../db/repositories/audit-log';
import { getBatch, listBatchesOfFiling, upsertBatch } from '../../../db/repositories/batches';
import { getCandidate, listCandidatesOfBatch, upsertCandidate } from '../../../db/repositories/candidates';
import { addEvidence, listEvidence } from '../../../db/repositories/evidence';
import { listFiledOccupations, upsertFiledOccupation } from '../../../db/repositories/filed-occupations';
import { listFiledLevels } from '../../../db/repositories/filed-levels';
import { getFiling, listFilingsOfInstitution, upsertFiling } from '../../../db/repositories/filings';
import { addFinding, deleteFinding, listFindings } from '../../../db/repositories/findings';
import { advanceInspectionStatus, createInspection, getInspection, listInspections, setInspectionScore } from '../../../db/repositories/inspections';
import { createRevision } from '../../../db/repositories/revisions';
import { countInstitutions, findInstitutionByUscc, getInstitution, upsertInstitutionByUscc } from '../../../db/repositories/institutions';
import { insertInspector, listInspectors, setInspectorCertificate } from '../../../db/repositories/inspectors';
import { findDevice, listDevices, registerDevice } from '../../../db/repositories/devices';
import { listDraws, recordDraw } from '../../../db/repositories/sampling-draws';
import { addSignature, listSignatures } from '../../../db/repositories/signatures';
import { searchInstitutions } from '../../../db/repositories/institution-search';
import { validateIdCardNumber, validateUscc } from '../../../shared/domain/validation';
import { dumpDatabase } from '../../support/dump';
import { SAMPLE_ID_NUMBER, SAMPLE_USCC, seedInspection, seedInstitution } from '../../support/store-fixtures';
import { makeTempDir } from '../../support/temp';
import type { Database } from '../../../db/engine';

let temp: ReturnType<typeof makeTempDir>;
let db: Database;
beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(temp.file('app.sqlite'), { create: true }).db;
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** Runs `change`, expects it to throw, and checks the database is byte-for-byte the same data afterwards. */
function expectUnchanged(change: () => unknown, error?: RegExp): void {
  const before = dumpDatabase(db);
  expect(change).toThrow(error);
  expect(dumpDatabase(db)).toBe(before);
}

describe('app_meta', () => {
  it('stores and reads keys; demo flag off by default', () => {
    expect(isDemoDatabase(db)).toBe(false);
    setMeta(db, 'demo', 'true');
    expect(getMeta(db, 'demo')).toBe('true');
    expect(isDemoDatabase(db)).toBe(true);
  });
});

describe('institutions, filings and filed scope', () => {
  it('R-INS-02 fixtures carry valid check characters', () => {
    expect(validateUscc(SAMPLE_USCC).ok).toBe(true);
    expect(validateIdCardNumber(SAMPLE_ID_NUMBER).ok).toBe(true);
  });

  it('R-INS-01 one legal entity (same USCC) holds filings of different kinds; re-import matches USCC + filing number', () => {
    const { institutionId, filingId } = seedInstitution(db);
    const again = upsertInstitutionByUscc(db, { uscc: SAMPLE_USCC, name: '测试评价机构有限公司', region: '阳泉市矿区' });
    expect(again).toEqual({ id: institutionId, created: false });
    expect(getInstitution(db, institutionId)?.region).toBe('阳泉市矿区');
    expect(findInstitutionByUscc(db, SAMPLE_USCC)?.id).toBe(institutionId);
    const social = upsertFiling(db, {
      institutionId,
      kind: 'socialOrg',
      nature: 'enterprise',
      listedName: '测试评价机构有限公司企业',
      filingNo: 'S1403022021001',
      filingYear: 2021,
    });
    expect(social.created).toBe(true);
    const same = upsertFiling(db, {
      institutionId,
      kind: 'enterprise',
      listedName: '测试评价机构有限公司',
      filingNo: 'Y1403022020001',
      filingYear: 2020,
      validTo: '2023-10-31',
    });
    expect(same).toEqual({ id: filingId, created: false });
    expect(getFiling(db, filingId)?.validTo).toBe('2023-10-31');
    expect(listFilingsOfInstitution(db, institutionId).map((f) => f.kind)).toEqual(['enterprise', 'socialOrg']);
    expect(countInstitutions(db)).toBe(1);
  });

  it('R-INS-03/04 filed occupations keep code, name, work type and levels in national order', () => {
    const { filingId } = seedInstitution(db);
    const id = upsertFiledOccupation(db, { filingId, code: '6-18-02-04', name: '焊工', workType: '电焊工', levels: ['level3', 'level5'] });
    expect(upsertFiledOccupation(db, { filingId, code: '6-18-02-04', name: '焊工', workType: '电焊工', levels: ['level4'] })).toBe(id);
    expect(listFiledLevels(db, id)).toEqual(['level4']);
    expect(listFiledOccupations(db, filingId).map((o) => [o.code, o.workType, o.levels])).toEqual([
      ['6-18-02-04', '电焊工', ['level4']],
      ['6-31-01-03', '', ['level5', 'level4']],
    ]);
  });

  it('a filed occupation with a bad level is not written at all (atomic)', () => {
    const { filingId } = seedInstitution(db);
    expectUnchanged(() => upsertFiledOccupation(db, { filingId, code: '4-10-01-02', name: '育婴员', levels: ['level5', 'bogus' as never] }), /CHECK/);
  });

  it('batches keep planned and present staff per role; candidates keep upload facts (R-SM-04, R-SD-02)', () => {
    const { filingId, batchId, candidateId } = seedInstitution(db);
    const batch = getBatch(db, batchId);
    expect(batch?.staff.evaluator).toEqual({ planned: 0, present: 0 });
    expect(listBatchesOfFiling(db, filingId)).toHaveLength(1);
    expect(getCandidate(db, candidateId)).toMatchObject({ idNumber: SAMPLE_ID_NUMBER, uploadedNational: true, notUploadedReason: null });
    expect(listCandidatesOfBatch(db, batchId)).toHaveLength(1);
  });

  it('upsertBatch / upsertCandidate match filing + 批次编号 and batch + 身份证号, updating in place and keeping candidates', () => {
    const { filingId, filedOccupationId, batchId, candidateId } = seedInstitution(db);
    const staff = { evaluator: { planned: 3, present: 2 } };
    expect(upsertBatch(db, { filingId, filedOccupationId, level: 'level4', batchNo: '2021-001', examDate: '2021-06-02', staff })).toEqual({
      id: batchId,
      created: false,
    });
    expect(getBatch(db, batchId)).toMatchObject({ level: 'level4', examDate: '2021-06-02', staff: { evaluator: { planned: 3, present: 2 } } });
    expect(listCandidatesOfBatch(db, batchId).map((c) => c.id)).toEqual([candidateId]);
    const added = upsertBatch(db, { filingId, filedOccupationId, level: 'level5', batchNo: '2021-002', examDate: '2021-07-01' });
    expect(added.created).toBe(true);
    expect(upsertCandidate(db, { batchId, name: '张伟', idNumber: SAMPLE_ID_NUMBER, uploadedNational: false, notUploadedReason: 'other' })).toEqual({
      id: candidateId,
      created: false,
    });
    expect(getCandidate(db, candidateId)).toMatchObject({ uploadedNational: false, notUploadedReason: 'other' });
    expect(upsertCandidate(db, { batchId: added.id, name: '张伟', idNumber: SAMPLE_ID_NUMBER, uploadedNational: true }).created).toBe(true);
  });
});

describe('institution search', () => {
  it('finds by name, USCC prefix, filing number, region, kind, year and status', () => {
    seedInstitution(db);
    seedInstitution(db, {
      uscc: '52140311MJY000001X',
      name: '阳泉市郊区蓝领职业培训学校',
      kind: 'socialOrg',
      region: '阳泉市郊区',
      filingNo: 'S1403112021019',
    });
    const on = '2023-08-31';
    const names = (criteria: Parameters<typeof searchInstitutions>[1]) => searchInstitutions(db, criteria, on).map((r) => r.name);
    expect(names({ query: '蓝领' })).toEqual(['阳泉市郊区蓝领职业培训学校']);
    expect(names({ query: '9114' })).toEqual(['测试评价机构有限公司']);
    expect(names({ query: 'S14031120' })).toEqual(['阳泉市郊区蓝领职业培训学校']);
    expect(names({ region: '阳泉市城区' })).toEqual(['测试评价机构有限公司']);
    expect(names({ kind: 'socialOrg' })).toEqual(['阳泉市郊区蓝领职业培训学校']);
    expect(names({ filingYear: 2020 })).toHaveLength(2);
    expect(names({ query: '%' })).toEqual([]);
    const rows = searchInstitutions(db, {}, on);
    expect(rows.every((r) => r.status === 'renewalWindow')).toBe(true);
    expect(names({ status: 'renewalWindow', limit: 1 })).toHaveLength(1);
    expect(names({ status: 'active' })).toEqual([]);
    expect(names({ offset: 1 })).toHaveLength(1);
  });
});

describe('inspections and what they produce (each change audited)', () => {
  it('creates a draft, saves answers with audit entries, and skips unchanged saves', () => {
    const { inspectionId } = seedInspection(db);
    const first = saveAnswer(db, { inspectionId, itemId: '1.1.1', answer: { deductions: {} }, actor: '李评估' });
    expect(first.changed).toBe(true);
    const second = saveAnswer(db, {
      inspectionId,
      itemId: '1.1.1',
      answer: { deductions: { a: [{ count: 1 }] } },
      actor: '李评估',
      reason: '补充证照问题',
    });
    expect(saveAnswer(db, { inspectionId, itemId: '1.1.1', answer: { deductions: { a: [{ count: 1 }] } }, actor: '李评估' }).changed).toBe(false);
    expect(getAnswer(db, inspectionId, '1.1.1')?.answer).toEqual({ deductions: { a: [{ count: 1 }] } });
    expect(listAnswers(db, inspectionId)).toHaveLength(1);
    const log = listAudit(db, { inspectionId });
    expect(log.map((e) => [e.entity, e.action])).toEqual([
      ['inspection', 'create'],
      ['answer', 'create'],
      ['answer', 'update'],
    ]);
    expect(log[2]).toMatchObject({ seq: second.auditSeq, reason: '补充证照问题', oldJson: '{"deductions":{}}', itemId: '1.1.1' });
  });

  it('refuses a filing of another institution and leaves the database unchanged', () => {
    const { filingId } = seedInstitution(db);
    const other = seedInstitution(db, { uscc: '52140311MJY000001X', filingNo: 'S1' });
    expectUnchanged(
      () =>
        createInspection(
          db,
          { institutionId: other.institutionId, filingId, templateId: 't', templateVersion: '1', panel: [], inspectionDate: '2023-09-01' },
          'x',
        ),
      /没有备案记录/,
    );
  });

  it('status only moves forward; a signed inspection is read-only and corrected through a revision', () => {
    const { inspectionId } = seedInspection(db);
    saveAnswer(db, { inspectionId, itemId: '1.1.1', answer: { deductions: {} }, actor: 'a' });
    setInspectionScore(db, inspectionId, 8650, 'a');
    advanceInspectionStatus(db, inspectionId, 'signed', 'a');
    expectUnchanged(() => saveAnswer(db, { inspectionId, itemId: '1.1.1', answer: null, actor: 'a' }), /不能再修改/);
    expectUnchanged(() => advanceInspectionStatus(db, inspectionId, 'draft', 'a'), /只能前进/);
    const revision = createRevision(db, inspectionId, '更正 1.1.1 扣分', 'a');
    expect(revision).toMatchObject({
      revision: 2,
      parentId: inspectionId,
      status: 'draft',
      scoreHundredths: 8650,
      revisionReason: '更正 1.1.1 扣分',
    });
    expect(listAnswers(db, revision.id)).toHaveLength(1);
    expect(getInspection(db, inspectionId)?.status).toBe('signed');
    expect(listInspections(db).map((i) => i.id)).toEqual([inspectionId, revision.id]);
  });

  it('R-SM-06 keeps every draw, numbered, and requires a reason for a redraw', () => {
    const { inspectionId } = seedInspection(db);
    recordDraw(db, { inspectionId, purpose: 'R-SM-01', record: { seed: 'abc', units: [1, 2, 3] }, actor: 'a' });
    expectUnchanged(() => recordDraw(db, { inspectionId, purpose: 'R-SM-01', record: {}, actor: 'a' }), /必须填写原因/);
    recordDraw(db, { inspectionId, purpose: 'R-SM-01', redrawReason: '批次档案缺失', record: { seed: 'abd' }, actor: 'a' });
    expect(listDraws(db, inspectionId).map((d) => [d.sequence, d.redrawReason])).toEqual([
      [1, null],
      [2, '批次档案缺失'],
    ]);
  });

  it('findings link to sampled units; evidence stays inside the data folder; signatures must be PNG', () => {
    const { inspectionId, batchId } = seedInspection(db);
    const finding = addFinding(db, {
      inspectionId,
      itemId: '3.2.1',
      unitKind: 'batch',
      unitId: String(batchId),
      description: '考试计划晚报',
      actor: 'a',
    });
    expect(listFindings(db, inspectionId)).toEqual([finding]);
    const sha = 'a'.repeat(64);
    addEvidence(db, {
      inspectionId,
      findingId: finding.id,
      relativePath: 'evidence/1/plan.jpg',
      sha256: sha,
      sizeBytes: 10,
      mime: 'image/jpeg',
      actor: 'a',
    });
    expect(listEvidence(db, inspectionId)).toHaveLength(1);
    expectUnchanged(
      () =>
        addEvidence(db, { inspectionId, itemId: '1.1.1', relativePath: '../etc/passwd', sha256: sha, sizeBytes: 1, mime: 'text/plain', actor: 'a' }),
      /相对路径/,
    );
    expectUnchanged(() => deleteFinding(db, finding.id, 'a', '误录'), /关联了/);
    const bare = addFinding(db, { inspectionId, itemId: '3.2.1', unitKind: 'candidate', unitId: '1', description: '误录', actor: 'a' });
    deleteFinding(db, bare.id, 'a', '误录');
    addSignature(db, { inspectionId, signerName: '李评估', role: 'panelLead', imagePng: PNG, actor: 'a' });
    expect(listSignatures(db, inspectionId)[0]?.imagePng).toEqual(PNG);
    expectUnchanged(
      () => addSignature(db, { inspectionId, signerName: 'x', role: 'panelLead', imagePng: new Uint8Array([1, 2, 3]), actor: 'a' }),
      /CHECK/,
    );
    expect(listAudit(db, { inspectionId }).map((e) => `${e.entity}:${e.action}`)).toEqual([
      'inspection:create',
      'finding:create',
      'evidence:create',
      'finding:create',
      'finding:delete',
      'signature:create',
    ]);
  });
});

describe('inspectors and devices', () => {
  it('stores identities and certificates filled in later', () => {
    const id = insertInspector(db, { name: '李评估', staffNo: 'YQ-001', organisation: '阳泉市人社局', certificatePem: null });
    setInspectorCertificate(db, id, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----');
    expect(listInspectors(db)[0]?.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    registerDevice(db, { deviceKey: 'laptop-01', label: '核查笔记本 1', inspectorId: id, certificatePem: null });
    expect(findDevice(db, 'laptop-01')?.inspectorId).toBe(id);
    expect(listDevices(db)).toHaveLength(1);
    expect(() => setInspectorCertificate(db, id, 'not a pem')).toThrow(/CHECK/);
  });
});
