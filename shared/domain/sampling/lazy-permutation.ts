import type { DrawStream } from './draw-stream';

/**
 * A random permutation of 0 … size−1 by the forward Fisher–Yates shuffle, fixed one position at a time:
 * step i swaps a[i] with a[i + U(size − i)] (U from the stream) and fixes a[i]. The virtual array starts as
 * the identity and only swapped cells are stored, so fixing k positions costs O(k) whatever the size.
 */
export class LazyPermutation {
  private readonly moved = new Map<number, number>();
  private readonly fixed: number[] = [];

  constructor(
    private readonly stream: DrawStream,
    readonly size: number,
  ) {}

  /** The element at `position` (0-based), fixing earlier positions first. */
  at(position: number): number {
    if (position < 0 || position >= this.size) throw new RangeError(`position ${position} of ${this.size}`);
    while (this.fixed.length <= position) {
      const i = this.fixed.length;
      const j = i + this.stream.uniformInt(this.size - i);
      const atI = this.moved.get(i) ?? i;
      const atJ = this.moved.get(j) ?? j;
      this.moved.set(j, atI);
      this.moved.delete(i);
      this.fixed.push(atJ);
    }
    return this.fixed[position] as number;
  }

  /** The first `count` elements (at most size). */
  prefix(count: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < Math.min(count, this.size); i++) out.push(this.at(i));
    return out;
  }
}
