/**
 * Spreads `target` candidates over batches as evenly as their sizes allow (water-filling): every batch gets
 * min(size, h) for the largest h that does not exceed the target, and the few left over go one each to the
 * batches with room left, earliest drawn first. The total is min(target, sum of sizes).
 */
export function allocateQuotas(sizes: readonly number[], target: number): number[] {
  const capped = (level: number) => sizes.reduce((sum, size) => sum + Math.min(size, level), 0);
  let low = 0;
  let high = Math.max(0, ...sizes);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (capped(middle) <= target) low = middle;
    else high = middle - 1;
  }
  const quotas = sizes.map((size) => Math.min(size, low));
  let leftOver = Math.min(target, capped(Number.POSITIVE_INFINITY)) - capped(low);
  for (let i = 0; i < sizes.length && leftOver > 0; i++) {
    if ((sizes[i] as number) > low) {
      quotas[i] = (quotas[i] as number) + 1;
      leftOver--;
    }
  }
  return quotas;
}
