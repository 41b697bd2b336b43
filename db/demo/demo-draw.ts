import type { Database } from '../engine';
import { bytesToHex, draw, sha256, utf8Encode, type NumberedDraw, type SamplingRuleId } from '../../shared/domain/sampling';
import type { SamplingDrawRecord } from '../../shared/store/records';
import { recordDraw } from '../repositories/sampling-draws';
import { filingPopulation } from '../sampling/filing-population';

/** A fixed seed per demo draw: sha256 of a readable label, so anyone can re-run the draw from the appendix. */
export function demoDrawSeed(label: string): string {
  return bytesToHex(sha256(utf8Encode(`skill-inspector demo draw ${label}`)));
}

/**
 * Draws with the app's own algorithm over the filing's real population, with a fixed seed, and records it as the
 * first draw of its rule — the same record `sampling:draw` would write, except that the seed is given.
 */
export function recordDemoDraw(
  db: Database,
  input: { inspectionId: number; filingId: number; rule: SamplingRuleId; actor: string; at: string },
): { stored: SamplingDrawRecord; record: NumberedDraw } {
  const record: NumberedDraw = {
    ...draw(filingPopulation(db, input.filingId), input.rule, demoDrawSeed(`${input.inspectionId}/${input.rule}`)),
    drawNo: 1,
    reason: null,
    seedSource: 'given',
  };
  const stored = recordDraw(db, { inspectionId: input.inspectionId, purpose: input.rule, record, actor: input.actor, at: input.at });
  return { stored, record };
}
