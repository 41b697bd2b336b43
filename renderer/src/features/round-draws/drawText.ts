import {
  EXCLUSION_REASON_LABELS,
  SELECTION_REASON_LABELS,
  type DrawnPanel,
  type ExclusionReason,
  type PanelExclusion,
  type SelectionReason,
} from '../../../../shared/domain/double-random/types';

/** Every reason an expert was kept off a panel, in words, in the record's order (e.g. 与被检查机构为同一单位；上一轮已检查该机构). */
export function exclusionText(reasons: readonly ExclusionReason[]): string {
  return reasons.map((reason) => EXCLUSION_REASON_LABELS[reason]).join('；');
}

export function selectionText(reasons: readonly SelectionReason[]): string {
  return reasons.map((reason) => SELECTION_REASON_LABELS[reason]).join('；');
}

/** The exclusions of one panel grouped by their wording, for the summary line above the full list. */
export function exclusionCounts(exclusions: readonly PanelExclusion[]): { reason: ExclusionReason; label: string; count: number }[] {
  const counts = new Map<ExclusionReason, number>();
  for (const exclusion of exclusions) for (const reason of exclusion.reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, label: EXCLUSION_REASON_LABELS[reason], count }));
}

/** The panels of a draw by filing, so each selected filing finds its own. */
export function panelsByFiling(panels: readonly DrawnPanel[]): Map<number, DrawnPanel> {
  return new Map(panels.map((panel) => [panel.filingId, panel]));
}
