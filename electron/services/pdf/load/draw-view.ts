import type { DrawRecord } from '../../../../shared/domain/sampling/draw';
import type { SamplingDrawRecord } from '../../../../shared/store/records';
import type { DrawRecordView } from '../model/appendix';

/** A stored draw (its record_json is the domain DrawRecord) as printed in the appendix. */
export function drawView(stored: SamplingDrawRecord): DrawRecordView {
  const record = stored.record as Partial<DrawRecord>;
  const batches = record.batches ?? [];
  const occupations = record.occupations ?? [];
  const units = [
    ...batches.map((b) => ({
      id: b.batchId,
      label: `${b.occupationName} ${b.levelLabel} ${b.examDate}${b.candidateIds.length > 0 ? ` 抽取考生 ${b.candidateIds.join('、')}` : ''}`,
    })),
    ...occupations.map((o) => ({
      id: (o as { occupationCode?: string }).occupationCode ?? '',
      label: (o as { occupationName?: string }).occupationName ?? '',
    })),
  ];
  const population = record.population;
  return {
    ruleId: record.rule ?? stored.purpose,
    ruleText: record.ruleQuote ?? '',
    itemIds: [],
    seed: record.seed ?? '',
    algorithm: record.algorithm ?? '',
    populationHash: record.populationHash ?? '',
    populationSize: population ? population.batches : 0,
    requested: population ? `总体：${population.batches} 个批次、${population.candidates} 名考生、${population.occupations} 个职业（工种）` : '',
    drawnAt: stored.drawnAt,
    units,
    relaxations: [
      ...(record.notes ?? []).map((n) => n.message),
      ...(stored.redrawReason ? [`第 ${stored.sequence} 次抽样，重抽原因：${stored.redrawReason}`] : []),
    ],
  };
}
