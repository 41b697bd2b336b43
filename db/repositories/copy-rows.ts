/**
 * The id a copied row got for the parent row `id` links to (null stays null). Rows of one inspection only link to
 * rows of the same inspection, so a missing id means the data is inconsistent: better refused than linked wrongly.
 */
export function remapped(copiedIds: ReadonlyMap<number, number>, id: number | null): number | null {
  if (id === null) return null;
  const copy = copiedIds.get(id);
  if (copy === undefined) throw new Error(`row #${id} is linked from another inspection's row and was not copied`);
  return copy;
}
