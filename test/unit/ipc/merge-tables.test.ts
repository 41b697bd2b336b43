import { describe, expect, expectTypeOf, it } from 'vitest';
import { mergeTables } from '../../../shared/ipc/merge-tables';

describe('mergeTables', () => {
  it('merges the per-feature tables into one, keeping every entry and each entry’s own type', () => {
    const merged = mergeTables('test table', { first: { 'a:one': 1, 'a:two': 'two' }, second: { 'b:one': true } });
    expect(merged).toEqual({ 'a:one': 1, 'a:two': 'two', 'b:one': true });
    expectTypeOf(merged).toEqualTypeOf<{ 'a:one': number; 'a:two': string; 'b:one': boolean }>();
  });

  it('throws on a name defined in two tables, naming the name and both tables (a spread would keep the later silently)', () => {
    const merge = () => mergeTables('IPC contract', { app: { 'app:info': 1 }, settings: { 'settings:get': 2, 'app:info': 3 } });
    expect(merge).toThrow('IPC contract: "app:info" is defined twice, in app and in settings');
  });

  it('does not treat inherited names (toString, __proto__) as duplicates or copy them', () => {
    const merged = mergeTables('test table', { first: { toString: 1 }, second: JSON.parse('{"__proto__": 2}') as Record<string, number> });
    expect(Object.keys(merged).sort()).toEqual(['__proto__', 'toString']);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});
