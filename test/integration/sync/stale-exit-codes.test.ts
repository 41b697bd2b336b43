import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPack, withForm } from '../../../electron/services/sync/office/pack-export';
import { runCliCaptured } from '../../support/cli';
import { exportBundle, filingsOfYear, KEY_PASSPHRASE, makeWorld, NOW, PASSPHRASE, SHANXI, type Field, type Office } from './sync-fixtures';

// One exit-code rule for task packs and result bundles (docs/errors.md, Exit codes): the same file again is 0 (nothing
// to do), a file older than what is held is refused with 2 — for both commands alike.
let world: ReturnType<typeof makeWorld>;
let office: Office;
let field: Field;
const files: Record<string, string> = {};

beforeAll(() => {
  world = makeWorld();
  office = world.office();
  const filings = filingsOfYear(office.db, 2020).slice(0, 1);
  field = world.field(office, 'laptop-01', '张三', filings);
  files.pack1 = world.temp.file('pack-1.skp');
  writeFileSync(files.pack1, world.lastPack());
  files.pack2 = world.temp.file('pack-2.skp');
  const pack2 = exportPack(office.db, office.keys, { deviceKey: 'laptop-01', assignments: withForm(filings, SHANXI), now: NOW, appVersion: 'test' });
  writeFileSync(files.pack2, pack2.bytes);
  files.bundle1 = world.temp.file('bundle-1.skb');
  writeFileSync(files.bundle1, exportBundle(world, field, 'b1.skb'));
  files.bundle2 = world.temp.file('bundle-2.skb');
  writeFileSync(files.bundle2, exportBundle(world, field, 'b2.skb'));
}, 120_000);
afterAll(() => world.close());

const pack = (name: string) => ['pack', 'import', '--db', field.path, '--file', files[name] ?? '', '--key-passphrase', KEY_PASSPHRASE];
const bundle = (name: string) => ['bundle', 'import', files[name] ?? '', '--db', office.path, '--passphrase', PASSPHRASE];

// In order: each row runs on the state the rows before it left.
const table: { step: string; argv: () => string[]; code: number; error?: string }[] = [
  { step: 'pack: a newer pack is imported', argv: () => pack('pack2'), code: 0 },
  { step: 'pack: the same pack again does nothing', argv: () => pack('pack2'), code: 0 },
  { step: 'pack: an older pack is refused', argv: () => pack('pack1'), code: 2, error: 'SYNC_PACK_OLD' },
  { step: 'bundle: a newer bundle is imported', argv: () => bundle('bundle2'), code: 0 },
  { step: 'bundle: the same bundle again does nothing', argv: () => bundle('bundle2'), code: 0 },
  { step: 'bundle: an older bundle is refused', argv: () => bundle('bundle1'), code: 2, error: 'SYNC_BUNDLE_OLD' },
];

describe('stale packs and bundles follow one exit-code rule', () => {
  for (const row of table) {
    it(`${row.step}: exit ${row.code}`, async () => {
      const result = await runCliCaptured(row.argv());
      expect(result.code, result.stderr).toBe(row.code);
      if (row.error) expect(result.stderr).toContain(`[${row.error}]`);
      else expect(result.stderr).toBe('');
    });
  }
});
