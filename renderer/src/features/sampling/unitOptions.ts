import { ruleForItem } from '../../../../shared/domain/sampling/sampling-plan';
import type { Template } from '../../../../shared/domain/templates/types';
import type { InstitutionDetail } from '../../../../shared/ipc/channels/institutions';
import type { SamplingDrawRecord } from '../../../../shared/store/records';
import { drawRecord, latestDraw } from './drawRecord';

export interface UnitOption {
  kind: 'batch' | 'candidate' | 'occupation';
  id: string;
  label: string;
}

/** Candidate store id → “name（masked ID number）”, for showing drawn candidates. */
export function candidateLabels(institution: InstitutionDetail | null): Map<string, string> {
  const labels = new Map<string, string>();
  for (const filing of institution?.filings ?? []) {
    for (const batch of filing.batches) {
      for (const c of batch.candidates) labels.set(String(c.id), `${c.name}（${c.idNumberMasked}）`);
    }
  }
  return labels;
}

/** The sampled units an item's findings can point at: those of the latest draw of the item's rule. */
export function unitOptionsForItem(
  template: Pick<Template, 'sampling'>,
  itemId: string,
  draws: readonly SamplingDrawRecord[],
  candidates: Map<string, string>,
): UnitOption[] {
  const rule = ruleForItem(template, itemId);
  const draw = rule ? latestDraw(draws, rule) : null;
  if (!draw) return [];
  const record = drawRecord(draw);
  const options: UnitOption[] = [];
  for (const batch of record.batches) {
    options.push({ kind: 'batch', id: batch.batchId, label: `${batch.batchId} ${batch.occupationName} ${batch.levelLabel}` });
  }
  for (const occupation of record.occupations) {
    options.push({ kind: 'occupation', id: occupation.occupationCode, label: `${occupation.occupationName}（${occupation.occupationCode}）` });
  }
  for (const batch of record.batches) {
    for (const id of batch.candidateIds) options.push({ kind: 'candidate', id, label: `${candidates.get(id) ?? id} · ${batch.batchId}` });
  }
  return options;
}
