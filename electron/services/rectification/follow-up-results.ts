import type { Database } from '../../../db/engine';
import { inspectionRound } from '../../../db/repositories/inspection-rounds';
import { requireInspection } from '../../../db/repositories/inspections';
import { findingsOfResult, type FollowUpView, type RectificationFinding } from '../../../shared/domain/rectification';
import type { ScoreResult } from '../../../shared/domain/scoring';
import { isAppError } from '../../../shared/errors';
import { scoreWithTemplate } from '../sync/review/score-inspection';
import { templateForInspection } from '../templates/template-store';

type FindingResult = FollowUpView['findings'][number]['result'];

/** Whether the follow-up answered what a finding is about: the item scored, the veto answered (a penalty is always judged). */
function checked(finding: RectificationFinding, result: ScoreResult): boolean {
  if (finding.kind === 'deduction') return result.items.find((item) => item.itemId === finding.refId)?.status === 'scored';
  if (finding.kind === 'veto') return (result.vetoes.find((veto) => veto.vetoId === finding.refId)?.answer ?? null) !== null;
  return true;
}

/** Per listed finding, what the follow-up shows: fixed (no deduction, penalty or veto 是 any more), not fixed, or not re-checked. */
export function followUpFindings(findings: readonly RectificationFinding[], result: ScoreResult | null, templateResult: RectificationFinding[]) {
  const still = new Set(templateResult.map((finding) => finding.key));
  return findings.map((finding): { key: string; result: FindingResult } => ({
    key: finding.key,
    result: result === null || !checked(finding, result) ? 'unchecked' : still.has(finding.key) ? 'notFixed' : 'fixed',
  }));
}

/** A follow-up inspection of a rectification, re-scored with the form version it pinned. */
export function followUpView(db: Database, inspectionId: number, findings: readonly RectificationFinding[]): FollowUpView {
  const inspection = requireInspection(db, inspectionId);
  const link = inspectionRound(db, inspectionId);
  let result: ScoreResult | null = null;
  let current: RectificationFinding[] = [];
  try {
    const template = templateForInspection(db, inspectionId);
    result = scoreWithTemplate(db, inspection, template);
    current = findingsOfResult(template, result);
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
  return {
    inspectionId,
    scope: link?.scope ?? 'full',
    inspectionDate: inspection.inspectionDate,
    status: inspection.status,
    scoreHundredths: result?.complete ? result.total : inspection.scoreHundredths,
    outcomeLabel: result?.outcome.label ?? null,
    findings: followUpFindings(findings, result, current),
  };
}
