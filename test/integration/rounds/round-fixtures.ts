import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/engine';
import { openDatabase } from '../../../db/open';
import { createHandlerContext } from '../../../electron/handlers/context';
import { sessionOverFile } from '../../../electron/handlers/database-session';
import { importPack } from '../../../electron/services/sync/field/pack-import';
import { canonicalJson } from '../../../electron/services/sync/format/envelope';
import { openPackage, writePackage } from '../../../electron/services/sync/format/package';
import { enrollInspector } from '../../../electron/services/sync/office/enroll';
import { OFFICE_SENDER } from '../../../electron/services/sync/office/office-keys';
import { exportPack, withForm } from '../../../electron/services/sync/office/pack-export';
import { PACK_ENTRIES } from '../../../electron/services/sync/pack-contents';
import { openPkcs12 } from '../../../electron/services/sync/pki/pkcs12';
import type { makeWorld } from '../sync/sync-fixtures';
import { KEY_PASSPHRASE, NOW, PIN, SHANXI, type Field, type Office } from '../sync/sync-fixtures';

export const uid = (): string => randomBytes(16).toString('hex');

/** A pack file's entries, as a test edits them before the office signs the pack again. */
export type PackFiles = Map<string, Buffer>;

export const jsonEntry = (value: unknown): Buffer => Buffer.from(canonicalJson(value), 'utf8');
export const readEntry = <T>(files: PackFiles, name: string): T => JSON.parse((files.get(name) as Buffer).toString('utf8')) as T;

/**
 * A laptop enrolled at the office and a way to send it packs whose entries the test edits (the office's own pack
 * export of rounds belongs to another part of issue 15): each pack is the office's export, re-signed by the office.
 */
export function enrolledLaptop(world: ReturnType<typeof makeWorld>, office: Office, deviceKey: string, filingIds: number[]) {
  const enrolment = enrollInspector(office.db, office.keys, { inspectorName: '张三', deviceKey, pin: PIN, now: NOW });
  const opened = openPkcs12(enrolment.pkcs12, PIN);
  const path = world.temp.file(`${deviceKey}.sqlite`);
  const { db } = openDatabase(path, { create: true });
  const ctx = createHandlerContext(sessionOverFile(db, { databasePath: path }), {
    databasePath: path,
    dataDir: world.temp.dir,
    appVersion: 'test',
    now: () => NOW,
    emit: () => undefined,
    openExternal: async () => undefined,
  });
  const field: Field = { db, path, ctx, deviceKey };
  let first = true;
  /** Build a pack for the filings, let `edit` change its entries, sign it again; returns the bytes. */
  const pack = (edit: (files: PackFiles) => void = () => undefined): Buffer => {
    const exported = exportPack(office.db, office.keys, { deviceKey, assignments: withForm(filingIds, SHANXI), now: NOW, appVersion: 'test' });
    const unpacked = openPackage(exported.bytes, {
      kind: 'assignmentPack',
      recipientCertificatePem: opened.certificatePem,
      recipientKey: opened.privateKey,
      now: NOW,
      trust: () => undefined,
    });
    edit(unpacked.files);
    return writePackage({
      kind: 'assignmentPack',
      sender: OFFICE_SENDER,
      recipient: deviceKey,
      recipientCertificatePem: opened.certificatePem,
      sequence: unpacked.manifest.sequence,
      createdAt: unpacked.manifest.createdAt,
      appVersion: 'test',
      meta: unpacked.manifest.meta,
      files: unpacked.files,
      signerKey: office.keys.officeKey,
      signerCertificatePem: office.keys.officeCertificatePem,
    });
  };
  const load = (bytes: Buffer) => {
    const result = importPack(db, { bytes, ...(first ? { pkcs12: enrolment.pkcs12 } : {}), pin: PIN, keyPassphrase: KEY_PASSPHRASE, now: NOW });
    first = false;
    return result;
  };
  return { field, pack, load };
}

/** What an office from before rounds sends: no round entries, assignments without round fields. */
export function withoutRounds(files: PackFiles): void {
  for (const name of [PACK_ENTRIES.rounds, PACK_ENTRIES.rectifications, PACK_ENTRIES.history]) files.delete(name);
  for (const name of [...files.keys()]) if (name.startsWith('history/')) files.delete(name);
  const assignments = readEntry<Record<string, unknown>[]>(files, PACK_ENTRIES.assignments);
  files.set(
    PACK_ENTRIES.assignments,
    jsonEntry(assignments.map(({ roundUid: _round, rectificationUid: _rectification, scope: _scope, ...rest }) => rest)),
  );
}

/** Every row of the tables issue 15 adds on a laptop, for comparing two states. */
export function roundState(db: Database) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    rounds: all('SELECT * FROM assessment_rounds ORDER BY uid'),
    rectifications: all('SELECT * FROM rectifications ORDER BY uid'),
    assignments: all('SELECT uid, filing_id, round_uid, rectification_uid, scope FROM sync_assignments ORDER BY uid'),
    history: all('SELECT * FROM received_history ORDER BY filing_id, entry_no'),
    historyFiles: all(
      'SELECT filing_id, entry_no, name, sha256, length(content) AS bytes FROM received_history_files ORDER BY filing_id, entry_no, name',
    ),
  };
}

export { PACK_ENTRIES };
