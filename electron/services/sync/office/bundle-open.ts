import { X509Certificate, type KeyObject } from 'node:crypto';
import type { Database } from '../../../../db/engine';
import type { z } from 'zod';
import { GENESIS_HASH, hashAuditEntry, type AuditEntryFields } from '../../../../db/audit-hash';
import { checkBundleStates } from './bundle-audit-state';
import { filingKeys } from '../../../../db/repositories/filings';
import { findIssuedCertificate } from '../../../../db/repositories/sync-office';
import type { PortableRow } from '../../../../db/repositories/sync-rows';
import {
  auditSegmentSchema,
  BUNDLE_ENTRIES,
  bundleInspectionSchema,
  bundleTemplatesSchema,
  INSPECTION_ENTRY,
  templatePinsSchema,
  type BundleInspection,
} from '../bundle-contents';
import { checkCarriedForms } from '../carried-forms';
import type { TemplateVersion } from '../../templates/template-store';
import { isCanonicalJson } from '../format/envelope';
import { parseJsonEntry } from '../format/json-entry';
import { sha256 } from '../format/manifest';
import { checkNotInFuture, openPackage } from '../format/package';
import { syncError } from '../format/sync-error';
import { serialOf, subjectField } from '../pki/certificates';
import { assertIssuedBy } from '../pki/trust';
import { OFFICE_SENDER } from './office-keys';
import { checkBundleRounds, type BundleRounds } from './bundle-rounds';

export interface OfficeReceiver {
  caCertificatePem: string;
  officeCertificatePem: string;
  officeKey: KeyObject;
}

export interface VerifiedInspection {
  entry: BundleInspection;
  contentSha256: string;
}

export interface VerifiedBundle {
  deviceKey: string;
  sequence: number;
  createdAt: string;
  manifestSha256: string;
  signerSerial: string;
  signerName: string;
  inspections: VerifiedInspection[];
  audit: PortableRow[];
  files: Map<string, Buffer>;
  /** Form versions the bundle carries that passed their hash check (stored on import). */
  forms: TemplateVersion[];
  /** remoteId → the form version the laptop pinned; inspections of older laptops have none. */
  pins: Map<number, string>;
  /** Rounds carried and remoteId → round link (bundle-rounds.ts); empty for laptops from before rounds. */
  rounds: BundleRounds['rounds'];
  links: BundleRounds['links'];
}

/**
 * `bundle verify` and the first half of `bundle import`: decrypts and checks everything, reading the database only
 * (device register, revocation, the filings the bundle refers to). Throws a SYNC_* AppError on the first problem.
 */
export function verifyBundle(db: Database, bytes: Buffer, office: OfficeReceiver, now: Date): VerifiedBundle {
  let signerSerial = '';
  const opened = openPackage(bytes, {
    kind: 'resultBundle',
    recipientCertificatePem: office.officeCertificatePem,
    recipientKey: office.officeKey,
    now,
    trust: ({ signer, manifest }) => {
      signerSerial = trustDevice(db, signer, manifest.sender, office.caCertificatePem, new Date(manifest.createdAt));
      if (manifest.recipient !== OFFICE_SENDER) throw syncError('SYNC_WRONG_RECIPIENT');
    },
  });
  const parsed: { name: string; entry: BundleInspection; content: Buffer }[] = [];
  for (const [name, content] of opened.files) {
    if (INSPECTION_ENTRY.test(name)) parsed.push({ name, entry: parseJsonEntry(opened.files, name, bundleInspectionSchema), content });
  }
  // The filings all entries refer to, read in a few statements rather than two per entry.
  const filings = filingKeys(db, [...new Set(parsed.map(({ entry }) => entry.filing.id))]);
  const inspections: VerifiedInspection[] = [];
  for (const { name, entry, content } of parsed) {
    if (name !== BUNDLE_ENTRIES.inspection(entry.remoteId)) throw syncError('SYNC_MANIFEST_INVALID', { detail: name });
    checkNotInFuture(String(entry.inspection['created_at']), now);
    for (const file of entry.files) if (!opened.files.has(file.entry)) throw syncError('SYNC_ENTRY_MISMATCH', { detail: file.entry });
    checkFiling(filings, entry);
    inspections.push({ entry, contentSha256: sha256(content) });
  }
  inspections.sort((a, b) => a.entry.remoteId - b.entry.remoteId);
  const { forms, pins } = checkForms(db, opened.files, inspections);
  const { rounds, links } = checkBundleRounds(
    db,
    opened.files,
    inspections.map((inspection) => inspection.entry),
    parseCanonicalEntry,
  );
  const audit = parseJsonEntry(opened.files, BUNDLE_ENTRIES.audit, auditSegmentSchema);
  verifyAuditChain(audit, now);
  checkBundleStates(
    inspections.map((inspection) => inspection.entry),
    audit,
  );
  return {
    deviceKey: opened.manifest.sender,
    sequence: opened.manifest.sequence,
    createdAt: opened.manifest.createdAt,
    manifestSha256: opened.manifestSha256,
    signerSerial,
    signerName: subjectField(opened.signer, 'CN') ?? '',
    inspections,
    audit,
    files: opened.files,
    forms,
    pins,
    rounds,
    links,
  };
}

/** The laptop writes these entries as canonical JSON; other bytes with the same values are a forgery, not a variant. */
function parseCanonicalEntry<S extends z.ZodType>(files: Map<string, Buffer>, name: string, schema: S): z.output<S> {
  const parsed = parseJsonEntry(files, name, schema);
  const bytes = files.get(name) ?? Buffer.alloc(0);
  if (!isCanonicalJson(JSON.parse(bytes.toString('utf8')), bytes.toString('utf8')))
    throw syncError('SYNC_MANIFEST_INVALID', { detail: `${name}: not canonical JSON` });
  return parsed;
}

/** Each pinned version must be held here or carried with a matching hash (checkCarriedForms). */
function checkForms(
  db: Database,
  files: Map<string, Buffer>,
  inspections: VerifiedInspection[],
): { forms: TemplateVersion[]; pins: Map<number, string> } {
  const pinList = files.has(BUNDLE_ENTRIES.templatePins) ? parseCanonicalEntry(files, BUNDLE_ENTRIES.templatePins, templatePinsSchema) : [];
  const carried = files.has(BUNDLE_ENTRIES.templates) ? parseCanonicalEntry(files, BUNDLE_ENTRIES.templates, bundleTemplatesSchema) : [];
  const pins = new Map(pinList.map((pin) => [pin.remoteId, pin.templateHash]));
  const references = inspections.flatMap(({ entry }) => {
    const templateHash = pins.get(entry.remoteId);
    return templateHash
      ? [{ templateId: String(entry.inspection['template_id']), templateVersion: String(entry.inspection['template_version']), templateHash }]
      : [];
  });
  return { forms: checkCarriedForms(db, 'SYNC_BUNDLE_FORM_REFUSED', carried, references), pins };
}

/** The signer must be a certificate this office issued to exactly this device, still valid and not revoked. */
function trustDevice(db: Database, signer: X509Certificate, sender: string, caPem: string, signedAt: Date): string {
  const serial = serialOf(signer.toString());
  const issued = findIssuedCertificate(db, serial);
  if (!issued) throw syncError('SYNC_UNKNOWN_DEVICE', { reason: 'SYNC_REASON_DEVICE', deviceKey: sender });
  assertIssuedBy(signer, caPem, signedAt);
  if (issued.deviceKey !== sender || subjectField(signer, 'OU') !== sender || !new X509Certificate(issued.certificatePem).raw.equals(signer.raw)) {
    throw syncError('SYNC_CERT_UNTRUSTED', { reason: 'SYNC_REASON_CERT_NOT_SENDER' });
  }
  if (issued.revokedAt) throw syncError('SYNC_REVOKED', { detail: `${sender}:${issued.revokeReason ?? ''}` });
  return serial;
}

function checkFiling(filings: Map<number, { filingNo: string; uscc: string }>, entry: BundleInspection): void {
  const filing = filings.get(entry.filing.id);
  if (!filing || filing.uscc !== entry.filing.uscc || filing.filingNo !== entry.filing.filingNo) {
    throw syncError('SYNC_REFERENCE_UNKNOWN', { detail: `${entry.filing.uscc} ${entry.filing.filingNo}` });
  }
}

/** The device's audit log from its first entry: consecutive, each hash recomputed and chained to the one before. */
function verifyAuditChain(rows: PortableRow[], now: Date): void {
  let prev = GENESIS_HASH;
  let stateSince = false;
  rows.forEach((row, index) => {
    const fields: AuditEntryFields = {
      seq: Number(row['seq']),
      at: String(row['at']),
      actor: String(row['actor']),
      inspectionId: Number(row['inspection_id']),
      entity: String(row['entity']),
      entityId: String(row['entity_id']),
      itemId: (row['item_id'] as string | null) ?? null,
      action: row['action'] as AuditEntryFields['action'],
      oldJson: (row['old_json'] as string | null) ?? null,
      newJson: (row['new_json'] as string | null) ?? null,
      reason: (row['reason'] as string | null) ?? null,
      prevHash: String(row['prev_hash']),
      stateJson: (row['state_json'] as string | null | undefined) ?? null,
    };
    if (fields.seq !== index + 1 || fields.prevHash !== prev || hashAuditEntry(fields) !== row['hash'])
      throw syncError('SYNC_AUDIT_BROKEN', { reason: 'SYNC_REASON_AUDIT_ENTRY', seq: index + 1 });
    if (fields.stateJson !== null) stateSince = true;
    else if (stateSince) throw syncError('SYNC_AUDIT_BROKEN', { reason: 'SYNC_REASON_AUDIT_ENTRY_NO_STATE', seq: index + 1 });
    checkNotInFuture(fields.at, now);
    prev = String(row['hash']);
  });
}
