import fc from 'fast-check';

/** Values that have broken validators elsewhere: boundaries, wrong types, path tricks, huge and odd strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      -1,
      0,
      0.5,
      -0,
      2 ** 31,
      2 ** 53,
      Number.MAX_SAFE_INTEGER + 2,
      1e308,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '',
      ' ',
      '0',
      '1',
      'null',
      'true',
      '-1',
      '1e9',
      'x'.repeat(5000),
      '长'.repeat(3000),
      '../../../etc/passwd',
      '..\\..\\windows\\win.ini',
      '/etc/passwd',
      'C:\\Windows\\system32',
      '\\\\server\\share\\x',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://evil.example/',
      '\u0000',
      'a\u0000b',
      '%00',
      '\ud800',
      "'; DROP TABLE institutions; --",
      '<script>alert(1)</script>',
      '__proto__',
      'constructor',
      'data:image/png;base64,AAAA',
      '2023-02-30',
      '9999-99-99',
      '2023-09-10T00:00:00Z',
      true,
      false,
      null,
      undefined,
      [],
      {},
      [[[]]],
      { length: 1 },
      Object.create(null) as unknown,
      JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
    ),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

interface Mutation {
  op: 'replace' | 'delete' | 'add' | 'wrap';
  pathIndex: number;
  key: string;
  value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'add', 'wrap'),
  pathIndex: fc.nat(),
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'id', 'path', 'extra')),
  value: hostileValue,
});

function apply(payload: unknown, change: Mutation): unknown {
  const root = structuredClone(payload);
  const paths = pathsOf(root);
  const path = paths[change.pathIndex % paths.length] ?? [];
  if (path.length === 0) {
    if (change.op === 'wrap') return [root];
    if (change.op === 'replace' || change.op === 'delete') return change.value;
  }
  const parentPath = change.op === 'add' ? path : path.slice(0, -1);
  let parent: unknown = root;
  for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
  if (!parent || typeof parent !== 'object') return root;
  const target = parent as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? change.key;
  if (change.op === 'add') Object.defineProperty(target, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
  else if (change.op === 'delete') delete target[last];
  else if (change.op === 'wrap') target[last] = [target[last]];
  else target[last] = change.value;
  return root;
}

/** One to three mutations of a valid payload: a field replaced by a hostile value, dropped, added or wrapped. */
export function mutationsOf(valid: unknown): fc.Arbitrary<unknown> {
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((changes) => changes.reduce(apply, valid));
}

/** A stable 31-bit seed per name, so each channel's run is reproducible and independent of the others. */
export function seedFor(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 1;
}
