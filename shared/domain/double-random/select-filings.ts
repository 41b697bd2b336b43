import { pickIndices, shareOf, type StreamOf } from './round-streams';
import {
  DIRECTORY_INSTITUTION_KINDS,
  PROCESS_CHECK_MINIMUM_PERCENT,
  SELECTION_REASONS,
  type DirectoryBatch,
  type DirectoryFiling,
  type InstitutionKind,
  type RoundDrawNote,
  type RoundRules,
  type SelectedFiling,
  type SelectionReason,
} from './types';

/** 鲁人社函〔2024〕48号 §二(四), quoted in a note when a round checks fewer batches than it asks (R-SM-05). */
export const PROCESS_CHECK_NOTICE_TEXT = '每年对社评组织过程化资料抽检率不少于评价批次的50%，对用人单位过程化资料抽检率不少于评价批次的10%。';

export const KIND_LABELS: Record<InstitutionKind, string> = { enterprise: '用人单位', college: '院校', socialOrg: '社会培训评价组织' };

interface Selection {
  selected: SelectedFiling[];
  notes: RoundDrawNote[];
}

/** Step 1 of drawRound (see its comment): `filings` are canonical (sorted by filingId). */
export function selectFilings(filings: readonly DirectoryFiling[], rules: RoundRules, streamOf: StreamOf): Selection {
  const reasons = new Map<number, Set<SelectionReason>>();
  const drawnBatches = new Map<number, DirectoryBatch[]>();
  const notes: RoundDrawNote[] = [];
  const mark = (filing: DirectoryFiling, reason: SelectionReason) => {
    const set = reasons.get(filing.filingId) ?? new Set<SelectionReason>();
    set.add(reason);
    reasons.set(filing.filingId, set);
  };

  // (a) R-DL-01: every filing whose validity ends in the window.
  const window = rules.renewalWindow;
  if (window) {
    const due = filings.filter((filing) => filing.validTo !== null && window.from <= filing.validTo && filing.validTo <= window.to);
    for (const filing of due) mark(filing, 'renewal');
    if (due.length === 0) {
      notes.push({ code: 'RENEWAL_NONE', message: `没有备案有效期在 ${window.from} 至 ${window.to} 之间届满的机构，本轮无延续备案评估对象。` });
    }
  }

  // (b) spot checks among the filings (a) left, per kind.
  for (const kind of DIRECTORY_INSTITUTION_KINDS) {
    const percent = rules.spotCheckPercent[kind];
    if (percent <= 0) continue;
    const eligible = filings.filter((filing) => filing.kind === kind && !reasons.get(filing.filingId)?.has('renewal'));
    if (eligible.length === 0) {
      notes.push({
        code: 'SPOT_NONE_ELIGIBLE',
        message: `${KIND_LABELS[kind]}随机抽查比例为 ${percent}%，但除延续备案评估对象外没有可抽查的${KIND_LABELS[kind]}，未抽取。`,
      });
      continue;
    }
    const count = shareOf(percent, eligible.length);
    for (const index of pickIndices(streamOf(`spot-check/${kind}`), eligible.length, count)) mark(eligible[index] as DirectoryFiling, 'spotCheck');
  }

  // (c) R-SM-05: the process-material check of the year's batches, per kind.
  const processCheck = rules.processCheck;
  if (processCheck) {
    for (const kind of DIRECTORY_INSTITUTION_KINDS) {
      const percent = processCheck.batchPercent[kind];
      const minimum = PROCESS_CHECK_MINIMUM_PERCENT[kind];
      if (percent < minimum) {
        notes.push({
          code: 'PROCESS_BELOW_MINIMUM',
          message: `${KIND_LABELS[kind]}过程化资料抽检比例设为 ${percent}%，低于文件要求的 ${minimum}%（“${PROCESS_CHECK_NOTICE_TEXT}”），已按设定比例抽取并记录。`,
        });
      }
      const batches: { filing: DirectoryFiling; batch: DirectoryBatch }[] = [];
      for (const filing of filings) if (filing.kind === kind) for (const batch of filing.batches) batches.push({ filing, batch });
      if (batches.length === 0) {
        if (percent > 0 || minimum > 0) {
          notes.push({
            code: 'PROCESS_NO_BATCHES',
            message: `${processCheck.year} 年度没有${KIND_LABELS[kind]}的评价批次，${KIND_LABELS[kind]}过程化资料抽检无可抽取的批次。`,
          });
        }
        continue;
      }
      const count = shareOf(percent, batches.length);
      for (const index of pickIndices(streamOf(`process-check/${kind}`), batches.length, count)) {
        const { filing, batch } = batches[index] as { filing: DirectoryFiling; batch: DirectoryBatch };
        mark(filing, 'processCheck');
        const list = drawnBatches.get(filing.filingId) ?? [];
        list.push(batch);
        drawnBatches.set(filing.filingId, list);
      }
    }
  }

  const selected: SelectedFiling[] = [];
  for (const filing of filings) {
    const set = reasons.get(filing.filingId);
    if (!set) continue;
    selected.push({
      filingId: filing.filingId,
      filingNo: filing.filingNo,
      uscc: filing.uscc,
      institutionName: filing.institutionName,
      kind: filing.kind,
      reasons: SELECTION_REASONS.filter((reason) => set.has(reason)),
      batches: (drawnBatches.get(filing.filingId) ?? [])
        .sort((a, b) => a.batchId - b.batchId)
        .map((batch) => ({ batchId: batch.batchId, batchNo: batch.batchNo })),
    });
  }
  return { selected, notes };
}
