import type { RectificationFinding } from '../../../../shared/domain/rectification/types';
import type { ScoreResult } from '../../../../shared/domain/scoring/result';
import type { RecheckResult } from '../model/rectification';

/**
 * Whether the follow-up's scoring still holds a listed finding against the institution: an item fixed once it loses
 * no points, a 倒扣分 once it no longer applies, a veto once answered 否. Anything not re-answered is not fixed.
 */
export function recheckResultOf(finding: RectificationFinding, result: ScoreResult): RecheckResult {
  switch (finding.kind) {
    // A situation (context fact) is fixed once the rule it ordered the rectification by no longer matches.
    case 'condition':
      return result.outcome.matched.some((m) => m.reason === finding.notes[0]) ? 'notFixed' : 'fixed';
    case 'deduction': {
      const item = result.items.find((i) => i.itemId === finding.refId);
      return item?.status === 'scored' && item.points !== null && item.points >= item.maxPoints ? 'fixed' : 'notFixed';
    }
    case 'penalty': {
      const penalty = result.penalties.find((p) => p.penaltyId === finding.refId);
      return !penalty || penalty.deducted === 0 ? 'fixed' : 'notFixed';
    }
    case 'veto':
      return result.vetoes.find((v) => v.vetoId === finding.refId)?.answer === '否' ? 'fixed' : 'notFixed';
  }
}
