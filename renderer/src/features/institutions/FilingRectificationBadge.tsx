import type { RectificationWatch } from '../../../../shared/domain/rectification/types';
import { useFilingHistoryStore } from './filingHistoryStore';
import { RectificationBadge } from './RectificationBadge';

const SEVERITY: Record<RectificationWatch, number> = { none: 0, inProgress: 1, dueSoon: 2, overdue: 3 };

/** Beside a filing's status on its detail page: the most pressing of its undecided rectifications (from its history). */
export function FilingRectificationBadge({ filingId }: { filingId: number }) {
  const history = useFilingHistoryStore((s) => s.byFiling[filingId] ?? null);
  const open = history?.rounds.flatMap((r) => r.rectifications).filter((r) => r.decision === null) ?? [];
  const pressing = open.reduce<(typeof open)[number] | null>((worst, r) => (worst && SEVERITY[worst.watch] >= SEVERITY[r.watch] ? worst : r), null);
  return <RectificationBadge rectification={pressing} />;
}
