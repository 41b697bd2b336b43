import { advanceIdentity } from '../../../../db/engine/identity';
import { X509Certificate, type KeyObject } from 'node:crypto';
import type { Database } from '../../../../db/engine';
import { setMeta } from '../../../../db/repositories/app-meta';
import { countInstitutions } from '../../../../db/repositories/institutions';
import { upsertAssignment } from '../../../../db/repositories/sync-assignments';
import { getFieldIdentity, saveFieldIdentity } from '../../../../db/repositories/sync-field';
import { assertSameColumns, upsertRow } from '../../../../db/repositories/sync-rows';
import { latestSchemaVersion } from '../../../../db/migrations';
import { getMeta } from '../../../../db/repositories/app-meta';
import { inTransaction } from '../../../../db/sql';
import { canonicalCalendar, storeCalendar, type CanonicalCalendar } from '../../calendar/stored-calendar';
import { checkCarriedForms } from '../carried-forms';
import { storeReceivedTemplate } from '../../templates/template-store';
import { PROFILE_INSPECTOR_KEY } from '../../../handlers/actor';
import { openPackage } from '../format/package';
import { syncError } from '../format/sync-error';
import { serialOf, subjectField } from '../pki/certificates';
import { openPkcs12 } from '../pki/pkcs12';
import { assertIssuedBy } from '../pki/trust';
import {
  assignmentsSchema,
  PACK_ENTRIES,
  PACK_TABLE_KEYS,
  PACK_TABLES,
  packTablesSchema,
  revokedSerialsSchema,
  templatesSchema,
} from '../pack-contents';
import { claimRole, getRole, readCounter, SYNC_META } from '../role';
import { OFFICE_SENDER } from '../office/office-keys';
import { protectKey, strongerProtection, unprotectKey, type KeyProtection, type KeySecrets } from './key-protection';
import { protectionColumn, rememberProtection, storedProtection } from './stored-key';
import { parseJsonEntry } from '../format/json-entry';
import { readPackRounds, storePackRounds } from './pack-rounds';

export interface PackImportInput extends KeySecrets {
  bytes: Buffer;
  /** The PKCS#12 from `office enroll`; needed for the first pack only. */
  pkcs12?: Buffer;
  now: Date;
}

export interface PackImportResult {
  status: 'imported' | 'alreadyImported';
  sequence: number;
  deviceKey: string;
  inspectorName: string;
  assignments: number;
  institutions: number;
  candidates: number;
  keyProtection: KeyProtection;
}

interface Credentials {
  key: KeyObject;
  certificatePem: string;
  caCertificatePem: string;
  fresh: boolean;
}

function credentials(db: Database, input: PackImportInput): Credentials {
  const stored = getFieldIdentity(db);
  if (input.pkcs12) {
    if (!input.pin) throw syncError('SYNC_WRONG_SECRET', { reason: 'SYNC_REASON_P12_PIN_NEEDED' });
    const opened = openPkcs12(input.pkcs12, input.pin);
    assertIssuedBy(new X509Certificate(opened.certificatePem), opened.caCertificatePem, input.now);
    if (stored && stored.caCertificatePem !== opened.caCertificatePem)
      throw syncError('SYNC_CERT_UNTRUSTED', { reason: 'SYNC_REASON_P12_OTHER_OFFICE' });
    return { key: opened.privateKey, certificatePem: opened.certificatePem, caCertificatePem: opened.caCertificatePem, fresh: true };
  }
  if (!stored) throw syncError('SYNC_NOT_SET_UP', { reason: 'SYNC_REASON_FIRST_PACK_NEEDS_P12' });
  const key = unprotectKey({ protection: storedProtection(db, stored), blob: stored.keyBlob }, input);
  return { key, certificatePem: stored.certificatePem, caCertificatePem: stored.caCertificatePem, fresh: false };
}

/**
 * `pack import`: verifies the office's signature (chained to the CA that came inside the PIN-protected PKCS#12),
 * then loads the pack in one transaction. Ids are kept as the office numbered them, so findings and draws made on
 * the laptop refer to the same batches and candidates at the office.
 */
export function importPack(db: Database, input: PackImportInput): PackImportResult {
  const role = getRole(db);
  if (role === 'office') throw syncError('SYNC_ROLE_MISMATCH', { reason: 'SYNC_REASON_OFFICE_CANNOT_IMPORT_PACK' });
  if (role === null && countInstitutions(db) > 0) throw syncError('SYNC_ROLE_MISMATCH', { reason: 'SYNC_REASON_DATABASE_NOT_EMPTY' });
  const creds = credentials(db, input);
  const own = new X509Certificate(creds.certificatePem);
  const deviceKey = subjectField(own, 'OU') ?? '';
  const inspectorName = subjectField(own, 'CN') ?? '';
  const opened = openPackage(input.bytes, {
    kind: 'assignmentPack',
    recipientCertificatePem: creds.certificatePem,
    recipientKey: creds.key,
    now: input.now,
    trust: ({ signer, manifest }) => {
      assertIssuedBy(signer, creds.caCertificatePem, input.now);
      if (subjectField(signer, 'OU') !== OFFICE_SENDER || manifest.sender !== OFFICE_SENDER)
        throw syncError('SYNC_CERT_UNTRUSTED', { reason: 'SYNC_REASON_PACK_NOT_FROM_OFFICE' });
      if (manifest.recipient !== deviceKey)
        throw syncError('SYNC_WRONG_RECIPIENT', { reason: 'SYNC_REASON_PACK_FOR_OTHER_DEVICE', recipient: manifest.recipient, deviceKey });
    },
  });
  const { manifest } = opened;
  const dbVersion = manifest.meta['dbSchemaVersion'];
  if (dbVersion !== latestSchemaVersion)
    throw syncError(typeof dbVersion === 'number' && dbVersion > latestSchemaVersion ? 'SYNC_SCHEMA_NEW' : 'SYNC_SCHEMA_OLD', {
      reason: 'SYNC_REASON_DATABASE_VERSION',
      version: String(dbVersion),
    });
  const tables = parseJsonEntry(opened.files, PACK_ENTRIES.tables, packTablesSchema);
  const assignments = parseJsonEntry(opened.files, PACK_ENTRIES.assignments, assignmentsSchema);
  const templates = parseJsonEntry(opened.files, PACK_ENTRIES.templates, templatesSchema);
  const revoked = parseJsonEntry(opened.files, PACK_ENTRIES.revoked, revokedSerialsSchema);
  const calendar = packCalendar(opened.files.get(PACK_ENTRIES.holidays));
  if (revoked.includes(serialOf(creds.certificatePem))) throw syncError('SYNC_REVOKED', { reason: 'SYNC_REASON_OWN_CERT_REVOKED' });
  // A laptop takes any form the office signed, once its content matches the hash the assignments name.
  const forms = checkCarriedForms(db, 'SYNC_FORM_REFUSED', templates, assignments);
  const filingIds = new Set(tables.filings.map((row) => Number(row['id'])));
  const rounds = readPackRounds(db, opened.files, assignments, filingIds);
  for (const table of PACK_TABLES) {
    for (const row of tables[table])
      if (!assertSameColumns(db, table, row)) throw syncError('SYNC_SCHEMA_NEW', { reason: 'SYNC_REASON_TABLE_COLUMNS', table });
  }
  const result = (status: PackImportResult['status'], protection: PackImportResult['keyProtection']): PackImportResult => ({
    status,
    sequence: manifest.sequence,
    deviceKey,
    inspectorName,
    assignments: assignments.length,
    institutions: tables.institutions.length,
    candidates: tables.candidates.length,
    keyProtection: protection,
  });
  const storedIdentity = getFieldIdentity(db);
  const current = storedIdentity ? storedProtection(db, storedIdentity) : 'pin';
  if (getMeta(db, SYNC_META.packManifest) === opened.manifestSha256) return result('alreadyImported', current);
  if (manifest.sequence <= readCounter(db, SYNC_META.packSequence))
    throw syncError('SYNC_PACK_OLD', { reason: 'SYNC_REASON_PACK_SEQUENCE', sequence: manifest.sequence });
  const protectedKey = creds.fresh
    ? protectKey(creds.key, input)
    : storedIdentity
      ? strongerProtection(current, storedIdentity.keyBlob, creds.key, input)
      : null;
  try {
    return inTransaction(db, () => {
      claimRole(db, 'field');
      const stored = getFieldIdentity(db);
      saveFieldIdentity(db, {
        deviceKey,
        inspectorName,
        certificatePem: creds.certificatePem,
        caCertificatePem: creds.caCertificatePem,
        officeCertificatePem: opened.signer.toString(),
        keyProtection: protectedKey ? protectionColumn(protectedKey.protection) : (stored?.keyProtection ?? 'pin'),
        keyBlob: protectedKey?.blob ?? stored?.keyBlob ?? Buffer.alloc(0),
        updatedAt: input.now.toISOString(),
      });
      if (protectedKey) rememberProtection(db, protectedKey.protection);
      for (const table of PACK_TABLES) for (const row of tables[table]) upsertRow(db, table, row, PACK_TABLE_KEYS[table]);
      // The office's ids are kept, so each table's id generator moves past them (a no-op on SQLite).
      for (const table of PACK_TABLES) if (PACK_TABLE_KEYS[table].includes('id')) advanceIdentity(db, table);
      const at = input.now.toISOString();
      for (const form of forms) storeReceivedTemplate(db, form, at);
      storePackRounds(db, rounds, filingIds);
      for (const assignment of assignments) upsertAssignment(db, assignment);
      if (!storeCalendar(db, calendar, 'received', at))
        throw syncError('SYNC_CALENDAR_REFUSED', { reason: 'SYNC_REASON_CALENDAR_VERSION_TAKEN', version: calendar.data.version });
      setMeta(db, SYNC_META.packSequence, String(manifest.sequence));
      setMeta(db, SYNC_META.packManifest, opened.manifestSha256);
      setMeta(db, SYNC_META.packHolidays, calendar.json);
      setMeta(db, SYNC_META.packTemplates, JSON.stringify(forms.map(({ hash, template }) => ({ id: template.id, version: template.version, hash }))));
      setMeta(db, PROFILE_INSPECTOR_KEY, inspectorName);
      return result('imported', protectedKey?.protection ?? current);
    });
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT'))
      throw syncError('SYNC_PACK_CLASH', { detail: error.message });
    throw error;
  }
}

/** The office's holiday list in use; a pack from an office of this version always carries one. */
function packCalendar(bytes: Buffer | undefined): CanonicalCalendar {
  try {
    return canonicalCalendar(JSON.parse(bytes?.toString('utf8') ?? 'null'));
  } catch (error) {
    throw syncError('SYNC_CALENDAR_REFUSED', {
      reason: 'SYNC_REASON_CALENDAR_INVALID',
      detail: error instanceof Error ? error.message.slice(0, 200) : '',
    });
  }
}
