import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/services/sync/office/bundle-import';
import { revokeDevice } from '../../../electron/services/sync/office/enroll';
import { dumpDatabase } from '../../support/dump';
import { innerFiles, renameInZip, resealFiles, resealZip, withHeader } from './bundle-tamper';
import { exportBundle, filingsOfYear, inspect, makeWorld, NOW, type Office } from './sync-fixtures';

let world: ReturnType<typeof makeWorld>;
let office: Office;
let bundle: Buffer;
let foreign: Buffer;
let before: string;

beforeAll(async () => {
  world = makeWorld();
  office = world.office();
  const filings = filingsOfYear(office.db, 2020);
  const field = world.field(office, 'laptop-01', '张三', filings.slice(0, 1));
  await inspect(field, filings[0] as number);
  bundle = exportBundle(world, field, 'b1.skb');
  // A laptop enrolled by another office: a well-formed bundle, re-encrypted to our office, signed by a stranger.
  const other = world.office2();
  const stranger = world.field(other, 'laptop-01', '李四', filingsOfYear(other.db, 2020).slice(0, 1));
  await inspect(stranger, filingsOfYear(other.db, 2020)[0] as number);
  const strangerBundle = exportBundle(world, stranger, 'b-stranger.skb');
  foreign = resealFiles(office, bundle, innerFiles(other, strangerBundle));
  before = dumpDatabase(office.db);
}, 120_000);
afterAll(() => world.close());

function rejects(bytes: Buffer, code: string, now = NOW): void {
  let caught: unknown;
  try {
    importBundle(office.db, bytes, office.keys, now);
  } catch (error) {
    caught = error;
  }
  expect(caught, code).toMatchObject({ code });
  expect((caught as Error).message).toMatch(/[\u4e00-\u9fff]/);
  expect(dumpDatabase(office.db)).toBe(before);
}

describe('bundle import refuses bad input, database unchanged', () => {
  it('truncated file', () => rejects(bundle.subarray(0, bundle.length - 7), 'SYNC_TRUNCATED'));
  it('truncated inside the header', () => rejects(bundle.subarray(0, 40), 'SYNC_TRUNCATED'));
  it('not a bundle', () => rejects(Buffer.from('PK\u0003\u0004 hello'), 'SYNC_NOT_A_BUNDLE'));
  it('older schema version', () =>
    rejects(
      withHeader(bundle, (h) => (h['schemaVersion'] = 0)),
      'SYNC_SCHEMA_OLD',
    ));
  it('newer schema version', () =>
    rejects(
      withHeader(bundle, (h) => (h['schemaVersion'] = 2)),
      'SYNC_SCHEMA_NEW',
    ));
  it('missing schema version', () =>
    rejects(
      withHeader(bundle, (h) => delete h['schemaVersion']),
      'SYNC_SCHEMA_MISSING',
    ));
  it('changed header field (GCM additional data)', () =>
    rejects(
      withHeader(bundle, (h) => (h['sender'] = 'laptop-02')),
      'SYNC_DECRYPT_FAILED',
    ));
  it('forged signature', () => {
    const files = innerFiles(office, bundle);
    const signature = Buffer.from(files.get('manifest.sig') as Buffer);
    signature[10] = (signature[10] ?? 0) ^ 0xff;
    files.set('manifest.sig', signature);
    rejects(resealFiles(office, bundle, files), 'SYNC_SIGNATURE_INVALID');
  });
  it('stripped signature', () => {
    const files = innerFiles(office, bundle);
    files.delete('manifest.sig');
    rejects(resealFiles(office, bundle, files), 'SYNC_SIGNATURE_MISSING');
  });
  it('re-canonicalised (re-serialised) manifest', () => {
    const files = innerFiles(office, bundle);
    files.set('manifest.json', Buffer.from(JSON.stringify(JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')), null, 2)));
    rejects(resealFiles(office, bundle, files), 'SYNC_NOT_CANONICAL');
  });
  it('manifest edited and canonicalised again, old signature kept', () => {
    const files = innerFiles(office, bundle);
    const manifest = JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')) as { sequence: number };
    manifest.sequence += 100;
    files.set('manifest.json', Buffer.from(JSON.stringify(manifest).replace(/\s/g, ''))); // keys stay sorted: still canonical
    rejects(resealFiles(office, bundle, files), 'SYNC_SIGNATURE_INVALID');
  });
  it('entry changed after signing', () => {
    const files = innerFiles(office, bundle);
    const name = [...files.keys()].find((n) => n.startsWith('inspections/')) as string;
    files.set(name, Buffer.concat([files.get(name) as Buffer, Buffer.from(' ')]));
    rejects(resealFiles(office, bundle, files), 'SYNC_ENTRY_MISMATCH');
  });
  it('zip bomb (ratio checked before inflating)', () => {
    const files = innerFiles(office, bundle);
    files.set('bomb.json', Buffer.alloc(32 * 1024 * 1024));
    rejects(resealFiles(office, bundle, files), 'SYNC_TOO_LARGE');
  });
  it.each([
    ['../evil', 'SYNC_BAD_ENTRY_NAME'],
    ['/etc/pwd', 'SYNC_BAD_ENTRY_NAME'],
    ['C:/x/y.z', 'SYNC_BAD_ENTRY_NAME'],
  ])('entry name %s', (name, code) => {
    const zip = Buffer.from(zipSync({ ...Object.fromEntries(innerFiles(office, bundle)), [`q${'w'.repeat(name.length - 1)}`]: Buffer.from('x') }));
    rejects(resealZip(office, bundle, renameInZip(zip, `q${'w'.repeat(name.length - 1)}`, name)), code);
  });
  it('duplicate entries', () => {
    const zip = Buffer.from(zipSync({ ...Object.fromEntries(innerFiles(office, bundle)), 'dup-a': Buffer.from('1'), 'dup-b': Buffer.from('2') }));
    rejects(resealZip(office, bundle, renameInZip(zip, 'dup-b', 'dup-a')), 'SYNC_DUPLICATE_ENTRY');
  });
  it('unknown device (certificate of another office)', () => rejects(foreign, 'SYNC_UNKNOWN_DEVICE'));
  it('far-future timestamp', () => rejects(bundle, 'SYNC_FUTURE_TIMESTAMP', new Date(NOW.getTime() - 3 * 24 * 3600_000)));
  it('a pack is not a bundle', () => rejects(world.lastPack(), 'SYNC_WRONG_KIND'));
  it('revoked device (checked last: changes the database only through revoke)', () => {
    revokeDevice(office.db, 'laptop-01', '笔记本丢失', NOW);
    before = dumpDatabase(office.db);
    rejects(bundle, 'SYNC_REVOKED');
  });
});
