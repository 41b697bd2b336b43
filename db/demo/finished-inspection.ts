import type { Database } from '../engine';
import type { NumberedDraw } from '../../shared/domain/sampling';
import { score } from '../../shared/domain/scoring';
import type { ItemAnswer } from '../../shared/domain/scoring/answers';
import { getTemplate } from '../../shared/domain/templates/registry';
import { allItems } from '../../shared/domain/templates/walk';
import { answersFromRows } from '../../shared/store/answer-keys';
import type { SampledUnitKind } from '../../shared/store/enums';
import { listAnswers, saveAnswer } from '../repositories/answers';
import { addFinding } from '../repositories/findings';
import { advanceInspectionStatus, setInspectionScore } from '../repositories/inspections';
import { addSignature } from '../repositories/signatures';
import { cleanAnswer } from './clean-answers';
import { DemoClock } from './demo-clock';
import { recordDemoDraw } from './demo-draw';
import { DEMO_INSPECTORS } from './demo-panel';
import { loadFilingFacts } from './filing-facts';
import { newDemoInspection } from './new-demo-inspection';
import { demoSignaturePng } from './signature-image';

/** The demo's finished inspection: a social training organisation of 2020, assessed with the Shanxi form. */
export const FINISHED_DEMO_FILING = '阳泉市非凡职业培训学校';
const INSPECTION_DATE = '2023-09-12';
/** 08:30 Beijing time on the inspection day. */
const FIRST_STAMP = '2023-09-12T00:30:00.000Z';

interface Deduction {
  itemId: string;
  ruleId: string;
  unit: { kind: SampledUnitKind; id: string; drawId: number } | null;
  note: string;
}

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`demo draw has no ${what}`);
  return item;
}

/** A handful of realistic findings, each tied to a unit the recorded draws actually picked. */
function demoDeductions(draws: {
  batches: NumberedDraw;
  drawId: number;
  banks: NumberedDraw;
  bankDrawId: number;
  staff: NumberedDraw;
  staffDrawId: number;
}): Deduction[] {
  const [markedBatch, signedBatch] = [first(draws.batches.batches, 'batch'), draws.batches.batches[1] ?? first(draws.batches.batches, 'batch')];
  const bank = first(draws.banks.occupations, 'occupation');
  const supervised = first(draws.staff.batches, 'batch');
  return [
    { itemId: '1.2.1', ruleId: 'b', unit: null, note: '承诺“评价结果按时公示”未落实1项' },
    {
      itemId: '3.6.2',
      ruleId: 'a',
      unit: { kind: 'candidate', id: first(markedBatch.candidateIds, 'candidate'), drawId: draws.drawId },
      note: `批次 ${markedBatch.batchId} 统分表登分错误1例（理论成绩少登5分）`,
    },
    {
      itemId: '3.6.3',
      ruleId: 'a',
      unit: { kind: 'candidate', id: first(signedBatch.candidateIds, 'candidate'), drawId: draws.drawId },
      note: `批次 ${signedBatch.batchId} 技能考核评分表缺考评员签名1处`,
    },
    {
      itemId: '3.7.1',
      ruleId: 'b',
      unit: { kind: 'occupation', id: bank.occupationCode, drawId: draws.bankDrawId },
      note: `${bank.occupationName}题库试题未按国家职业技能标准更新`,
    },
    {
      itemId: '4.1.2',
      ruleId: 'a',
      unit: { kind: 'batch', id: supervised.batchId, drawId: draws.staffDrawId },
      note: `批次 ${supervised.batchId} 无内部质量督导反馈记录`,
    },
  ];
}

/**
 * One complete, signed and locked inspection, written through the repositories exactly as the app writes one
 * (draws, answers with their audit entries, findings, three signatures, score, lock), at fixed time stamps.
 */
export function addFinishedDemoInspection(db: Database, filingId: number): number {
  const [lead, member] = DEMO_INSPECTORS;
  const actor = lead.name;
  const clock = new DemoClock(FIRST_STAMP);
  const template = getTemplate('shanxi-renewal-2023');
  const { inspectionId, filing, institution } = newDemoInspection(db, { filingId, template, inspectionDate: INSPECTION_DATE, at: clock.tick(0) });

  const drawOf = (rule: 'R-SM-01' | 'R-SM-03' | 'R-SM-04') => recordDemoDraw(db, { inspectionId, filingId, rule, actor, at: clock.tick(3) });
  const batches = drawOf('R-SM-01');
  const banks = drawOf('R-SM-03');
  const staff = drawOf('R-SM-04');
  const deductions = demoDeductions({
    batches: batches.record,
    drawId: batches.stored.id,
    banks: banks.record,
    bankDrawId: banks.stored.id,
    staff: staff.record,
    staffDrawId: staff.stored.id,
  });

  const facts = loadFilingFacts(db, filingId);
  for (const { item } of allItems(template)) {
    const found = deductions.filter((d) => d.itemId === item.id);
    const answer: ItemAnswer | undefined =
      found.length > 0
        ? {
            deductions: Object.fromEntries(
              found.map((d) => [d.ruleId, [{ count: 1, ...(d.unit ? { unit: { kind: d.unit.kind, id: d.unit.id } } : {}), note: d.note }]]),
            ),
          }
        : cleanAnswer(item, facts);
    if (answer) saveAnswer(db, { inspectionId, itemId: item.id, answer, actor, at: clock.tick() });
  }
  for (const veto of template.vetoes) saveAnswer(db, { inspectionId, itemId: `veto:${veto.id}`, answer: { answer: '否' }, actor, at: clock.tick() });
  saveAnswer(db, { inspectionId, itemId: 'context', answer: { filingYear: filing.filingYear }, actor, at: clock.tick() });
  for (const d of deductions) {
    addFinding(db, {
      inspectionId,
      itemId: d.itemId,
      unitKind: d.unit?.kind ?? 'document',
      unitId: d.unit?.id ?? '承诺书',
      drawId: d.unit?.drawId ?? null,
      description: d.note,
      actor,
      at: clock.tick(),
    });
  }

  const signers = [
    { name: lead.name, role: lead.signerRole },
    { name: member.name, role: member.signerRole },
    { name: institution.contact ?? '机构负责人', role: 'institutionRep' as const },
  ];
  for (const signer of signers) {
    addSignature(db, { inspectionId, signerName: signer.name, role: signer.role, imagePng: demoSignaturePng(signer.name), actor, at: clock.tick(2) });
  }
  const result = score(template, answersFromRows(template, listAnswers(db, inspectionId)));
  if (!result.complete) throw new Error(`demo inspection left items unanswered: ${result.unansweredItems.join(', ')}`);
  const lockedAt = clock.tick();
  setInspectionScore(db, inspectionId, result.total, actor, lockedAt);
  advanceInspectionStatus(db, inspectionId, 'locked', actor, '签名齐全，锁定', lockedAt);
  return inspectionId;
}
