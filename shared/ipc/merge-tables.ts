type UnionToIntersection<U> = (U extends unknown ? (whole: U) => void : never) extends (whole: infer I) => void ? I : never;
type Flatten<T> = { [K in keyof T]: T[K] };

/** The one table that the named tables make together, each entry keeping its own type (as an object spread would). */
export type MergedTables<Tables extends Record<string, object>> = Flatten<UnionToIntersection<Tables[keyof Tables]>>;

/**
 * Joins per-feature tables (the IPC contract's channels, main's handlers) into one. An object spread would let a name
 * defined twice silently keep the later entry; here it throws, naming the entry and both tables, so the mistake stops
 * the app (and every test) at start-up.
 */
export function mergeTables<Tables extends Record<string, object>>(what: string, tables: Tables): MergedTables<Tables> {
  const merged: Record<string, unknown> = {};
  const tableOf = new Map<string, string>();
  for (const [table, entries] of Object.entries(tables)) {
    for (const [name, entry] of Object.entries(entries)) {
      const earlier = tableOf.get(name);
      if (earlier !== undefined) throw new Error(`${what}: "${name}" is defined twice, in ${earlier} and in ${table}`);
      tableOf.set(name, table);
      // defineProperty, not assignment: a name like __proto__ stays an entry instead of replacing the prototype.
      Object.defineProperty(merged, name, { value: entry, enumerable: true, writable: true, configurable: true });
    }
  }
  return merged as MergedTables<Tables>;
}
