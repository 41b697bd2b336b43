/** Renders a closed value set as an SQL list for a CHECK constraint: ['a','b'] → 'a','b'. Values are our own constants. */
export function sqlList(values: readonly string[]): string {
  for (const value of values) {
    if (!/^[A-Za-z0-9]+$/.test(value)) throw new Error(`enum value not safe for SQL: ${value}`);
  }
  return values.map((value) => `'${value}'`).join(',');
}
