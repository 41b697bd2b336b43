import type { DrawStream } from '../sampling/draw-stream';
import { LazyPermutation } from '../sampling/lazy-permutation';

/** Every stream of a round's draw is named with this prefix and its part (see drawRound). */
export const ROUND_DRAW_STREAM_PREFIX = 'skill-inspector/round-draw/v1/';

export type StreamOf = (part: string) => DrawStream;

/** ceil(percent × n / 100) in integers (percent and n are whole numbers). */
export function shareOf(percent: number, n: number): number {
  return Math.min(n, Math.floor((percent * n + 99) / 100));
}

/** Indices of a uniform pick of `count` out of `size` (without replacement, in draw order). */
export function pickIndices(stream: DrawStream, size: number, count: number): number[] {
  if (size === 0 || count <= 0) return [];
  return new LazyPermutation(stream, size).prefix(count);
}
