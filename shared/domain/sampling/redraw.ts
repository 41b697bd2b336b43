import { AppError } from '../../errors';
import { draw, type DrawOptions, type DrawRecord } from './draw';
import { note } from './draw-notes';
import { normalizeSeedHex, SAMPLING_ALGORITHM } from './draw-stream';
import { bytesToHex, hexToBytes } from './hex';
import type { Population } from './population';
import { sha256 } from './sha256';
import { utf8Encode } from './utf8';

export type SeedSource = 'random' | 'given' | 'derived';

/** A draw in the list of an inspection's draws: every draw is kept and numbered from 1. */
export interface NumberedDraw extends DrawRecord {
  drawNo: number;
  /** Why this draw replaced the previous one; null for the first draw. */
  reason: string | null;
  seedSource: SeedSource;
}

export interface DrawHistory {
  draws: NumberedDraw[];
}

export function firstDraw(
  population: Population,
  rule: string,
  seed: string,
  seedSource: SeedSource = 'given',
  options: DrawOptions = {},
): DrawHistory {
  return { draws: [{ ...draw(population, rule, seed, options), drawNo: 1, reason: null, seedSource }] };
}

/**
 * Seed of redraw n when none is given: SHA-256(previous seed bytes ‖ ASCII("skill-inspector/sample/v1/redraw")
 * ‖ u32be(n)). The whole chain of redraws is fixed by the first seed, so redrawing cannot be used to fish.
 */
export function deriveRedrawSeed(previousSeed: string, drawNo: number): string {
  const seed = hexToBytes(normalizeSeedHex(previousSeed)) as Uint8Array;
  const label = utf8Encode(`${SAMPLING_ALGORITHM}/redraw`);
  const message = new Uint8Array(seed.length + label.length + 4);
  message.set(seed, 0);
  message.set(label, seed.length);
  const at = seed.length + label.length;
  message[at] = drawNo >>> 24;
  message[at + 1] = (drawNo >>> 16) & 0xff;
  message[at + 2] = (drawNo >>> 8) & 0xff;
  message[at + 3] = drawNo & 0xff;
  return bytesToHex(sha256(message));
}

/** Draws again under the rule of the last draw; the reason is required and kept with the new draw. */
export function redraw(history: DrawHistory, population: Population, options: { reason: string; seed?: string } & DrawOptions): DrawHistory {
  const reason = options.reason.trim();
  if (reason === '') throw new AppError('SAMPLE_REDRAW_REASON_REQUIRED');
  const last = history.draws.at(-1);
  if (!last) throw new AppError('SAMPLE_NO_PREVIOUS_DRAW');
  const drawNo = last.drawNo + 1;
  const seed = options.seed ?? deriveRedrawSeed(last.seed, drawNo);
  const record = draw(population, last.rule, seed, options);
  if (record.populationHash !== last.populationHash) {
    record.notes.push(note('POPULATION_CHANGED', `抽样总体与第${last.drawNo}次抽取时不同（哈希值已变化）。`));
  }
  const numbered: NumberedDraw = { ...record, drawNo, reason, seedSource: options.seed === undefined ? 'derived' : 'given' };
  return { draws: [...history.draws, numbered] };
}
