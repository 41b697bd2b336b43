import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from '../../../db/engine';
import { createDemoData } from '../../../db/demo/generate';
import { openDatabase } from '../../../db/open';
import { advanceInspectionStatus } from '../../../db/repositories/inspections';
import { dispatch } from '../../../electron/handlers/dispatch';
import { createHandlerContext, type HandlerContext } from '../../../electron/handlers/context';
import { sessionOverFile } from '../../../electron/handlers/database-session';
import { exportBundleToFile } from '../../../electron/services/sync/field/bundle-export';
import { importPack } from '../../../electron/services/sync/field/pack-import';
import { enrollInspector } from '../../../electron/services/sync/office/enroll';
import { initOffice, unlockOffice, type UnlockedOffice } from '../../../electron/services/sync/office/office-keys';
import { exportPack, withForm } from '../../../electron/services/sync/office/pack-export';
import { makeTempDir } from '../../support/temp';
import { openPostgresTestStore } from '../../support/postgres';
import { errorInfoText } from '../../../shared/errors';

export const PASSPHRASE = 'office-passphrase-1';
export const PIN = '246810';
/** The laptop's local passphrase: tests run without a keychain, so the stored key is protected by it, not the PIN. */
export const KEY_PASSPHRASE = 'laptop-passphrase-2023';
// The real clock: the CLI child processes (kill -9 test) check certificate validity against it too.
export const NOW = new Date();
export const SHANXI = 'shanxi-renewal-2023';

const example = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/answers/shanxi-renewal-2023.example.json'), 'utf8')) as {
  items: Record<string, unknown>;
  vetoes?: Record<string, unknown>;
  context?: Record<string, unknown>;
};

/** The office suites run on PostgreSQL when the vitest project says so (integration-pg, e2e-pg); laptops stay SQLite. */
export const officeEngine: 'sqlite' | 'postgres' = process.env.SKILL_INSPECTOR_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export interface Office {
  db: Database;
  /** The store's location: a file path on SQLite, the database URL on PostgreSQL (what `--db` takes). */
  path: string;
  keys: UnlockedOffice;
}

export interface Field {
  db: Database;
  path: string;
  ctx: HandlerContext;
  deviceKey: string;
}

export function makeWorld() {
  const temp = makeTempDir('sync-');
  const opened: Database[] = [];
  const dropped: (() => void)[] = [];
  let lastPack: Buffer = Buffer.alloc(0);
  const open = (name: string) => {
    const path = temp.file(name);
    const { db } = openDatabase(path, { create: true });
    opened.push(db);
    return { db, path };
  };
  /** The office's store: a file beside the laptops', or a fresh PostgreSQL database dropped by close(). */
  const openOfficeStore = (name: string, engine: 'sqlite' | 'postgres') => {
    if (engine === 'sqlite') return open(name);
    const { db, database } = openPostgresTestStore();
    opened.push(db);
    dropped.push(() => database.drop());
    return { db, path: database.url };
  };
  return {
    temp,
    /** office init on a database holding the 21 Yangquan demo filings; `engine` for suites that test both themselves. */
    office(name = 'office.sqlite', engine = officeEngine): Office {
      const { db, path } = openOfficeStore(name, engine);
      createDemoData(db);
      initOffice(db, { officeName: '阳泉市人力资源和社会保障局', passphrase: PASSPHRASE, now: NOW });
      return { db, path, keys: unlockOffice(db, PASSPHRASE) };
    },
    office2(): Office {
      return this.office('office-2.sqlite');
    },
    lastPack: () => lastPack,
    /** Enrol a laptop, send it a pack for the filings, load the pack on a fresh field database. */
    field(office: Office, deviceKey: string, inspectorName: string, filingIds: number[]): Field {
      const enrolment = enrollInspector(office.db, office.keys, { inspectorName, deviceKey, pin: PIN, now: NOW });
      const pack = exportPack(office.db, office.keys, { deviceKey, assignments: withForm(filingIds, SHANXI), now: NOW, appVersion: 'test' });
      lastPack = pack.bytes;
      const { db, path } = open(`${deviceKey}-${opened.length}.sqlite`);
      importPack(db, { bytes: pack.bytes, pkcs12: enrolment.pkcs12, pin: PIN, keyPassphrase: KEY_PASSPHRASE, now: NOW });
      const ctx = createHandlerContext(sessionOverFile(db, { databasePath: path }), {
        databasePath: path,
        dataDir: temp.dir,
        appVersion: 'test',
        now: () => NOW,
        emit: () => undefined,
        openExternal: async () => undefined,
      });
      return { db, path, ctx, deviceKey };
    },
    close() {
      for (const db of opened) if (db.open) db.close();
      for (const drop of dropped) drop();
      temp.cleanup();
    },
  };
}

/** An inspection through the handlers (create + autosave of every answer), then signed; `context` adds facts (R-YQ-06 flags). */
export async function inspect(
  field: Field,
  filingId: number,
  options: { vetoYes?: boolean; date?: string; context?: Record<string, unknown> } = {},
): Promise<number> {
  const filing = field.db.prepare('SELECT institution_id FROM filings WHERE id = ?').get(filingId) as { institution_id: number };
  const created = await dispatch(field.ctx, 'inspections:create', {
    institutionId: filing.institution_id,
    filingId,
    templateId: SHANXI,
    panel: [{ name: '张三', role: 'lead' }],
    inspectionDate: options.date ?? '2023-09-05',
  });
  if (!created.ok) throw new Error(errorInfoText(created.error));
  const id = (created.value as { id: number }).id;
  const save = async (itemId: string, answer: unknown) => {
    const result = await dispatch(field.ctx, 'inspections:saveAnswer', { inspectionId: id, itemId, answer: answer as never });
    if (!result.ok) throw new Error(`${itemId}: ${errorInfoText(result.error)}`);
  };
  for (const [itemId, answer] of Object.entries(example.items)) await save(itemId, answer);
  for (const [vetoId, answer] of Object.entries(example.vetoes ?? {})) {
    await save(`veto:${vetoId}`, options.vetoYes ? { answer: '是' } : answer);
  }
  if (example.context || options.context) await save('context', { ...example.context, ...options.context });
  advanceInspectionStatus(field.db, id, 'signed', '张三', null, NOW.toISOString());
  return id;
}

export function exportBundle(world: ReturnType<typeof makeWorld>, field: Field, name: string): Buffer {
  const out = world.temp.file(name);
  exportBundleToFile(field.db, out, { keyPassphrase: KEY_PASSPHRASE, now: NOW, appVersion: 'test', dataDir: world.temp.dir, actor: '张三' });
  return readFileSync(out);
}

/** The demo filings of a given filing year (2020 → renewal track, 2021 → ongoing). */
export function filingsOfYear(db: Database, year: number): number[] {
  return (db.prepare('SELECT id FROM filings WHERE filing_year = ? ORDER BY id').all(year) as { id: number }[]).map((r) => r.id);
}
