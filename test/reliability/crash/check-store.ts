import { createHash } from 'node:crypto';
import type { Database } from '../../../db/engine';
import { verifyAuditLog } from '../../../db/audit-verify';

/** An acknowledged autosave: the child saw saveAnswer return with this audit sequence number. */
export interface AckedAnswer {
  auditSeq: number;
  inspectionId: number;
  itemId: string;
  sha256: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The structural checks every crash must pass: file integrity, foreign keys, and the audit chain. */
export function checkIntegrity(db: Database): string[] {
  const problems: string[] = [];
  const integrity = (db.pragma('integrity_check') as Record<string, string>[]).map((row) => Object.values(row)[0]);
  if (integrity.length !== 1 || integrity[0] !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 3).join('; ')}`);
  const foreignKeys = db.pragma('foreign_key_check') as unknown[];
  if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 3))}`);
  const audit = verifyAuditLog(db);
  if (!audit.ok) problems.push(`audit verify: ${audit.firstProblem?.reason ?? '?'}`);
  return problems;
}

/** Every acknowledged write is there, byte for byte, as the audit entry the child was told about. */
export function checkAcknowledged(db: Database, acked: readonly AckedAnswer[], ackedInspections: readonly number[]): string[] {
  const problems: string[] = [];
  const entry = db.prepare(`SELECT entity, entity_id, new_json FROM audit_log WHERE seq = ?`);
  for (const ack of acked) {
    const row = entry.get(ack.auditSeq) as { entity: string; entity_id: string; new_json: string | null } | undefined;
    if (!row) problems.push(`acknowledged audit #${ack.auditSeq} (${ack.inspectionId}:${ack.itemId}) is missing`);
    else if (row.entity !== 'answer' || row.entity_id !== `${ack.inspectionId}:${ack.itemId}` || sha256(row.new_json ?? 'null') !== ack.sha256) {
      problems.push(`acknowledged audit #${ack.auditSeq} holds something else`);
    }
  }
  const inspection = db.prepare('SELECT 1 FROM inspections WHERE id = ?');
  for (const id of ackedInspections) if (!inspection.get(id)) problems.push(`acknowledged inspection #${id} is missing`);
  return problems;
}

/**
 * No half-saved inspection: every answer row is exactly what its latest audit entry says, every audited answer has
 * its row, and every inspection has its creation entry and the other way round.
 */
export function checkNothingHalfSaved(db: Database): string[] {
  const problems: string[] = [];
  const mismatched = db
    .prepare(
      `SELECT a.inspection_id || ':' || a.item_id AS key FROM answers a
       LEFT JOIN (SELECT entity_id, new_json, max(seq) FROM audit_log WHERE entity = 'answer' GROUP BY entity_id) l
         ON l.entity_id = a.inspection_id || ':' || a.item_id
       WHERE l.entity_id IS NULL OR l.new_json IS NOT a.payload_json`,
    )
    .all() as { key: string }[];
  for (const { key } of mismatched.slice(0, 5)) problems.push(`answer ${key} differs from its latest audit entry (or has none)`);
  const orphanEntries = db
    .prepare(
      `SELECT DISTINCT entity_id FROM audit_log l WHERE entity = 'answer' AND action <> 'delete'
       AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.inspection_id || ':' || a.item_id = l.entity_id)`,
    )
    .all() as { entity_id: string }[];
  for (const { entity_id } of orphanEntries.slice(0, 5)) problems.push(`audit entry for answer ${entity_id} without the answer`);
  const inspectionsWithoutEntry = db
    .prepare(
      `SELECT id FROM inspections i WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.entity = 'inspection' AND l.action = 'create' AND l.entity_id = CAST(i.id AS TEXT))`,
    )
    .all() as { id: number }[];
  for (const { id } of inspectionsWithoutEntry.slice(0, 5)) problems.push(`inspection #${id} without its creation entry`);
  const entriesWithoutInspection = db
    .prepare(
      `SELECT entity_id FROM audit_log l WHERE entity = 'inspection' AND action = 'create' AND NOT EXISTS (SELECT 1 FROM inspections i WHERE CAST(i.id AS TEXT) = l.entity_id)`,
    )
    .all() as { entity_id: string }[];
  for (const { entity_id } of entriesWithoutInspection.slice(0, 5))
    problems.push(`creation entry of inspection #${entity_id} without the inspection`);
  return problems;
}

/** Reads the child's acknowledgement lines. */
export function parseAcks(lines: readonly string[]): { answers: AckedAnswer[]; inspections: number[] } {
  const answers: AckedAnswer[] = [];
  const inspections: number[] = [];
  for (const line of lines) {
    const [kind, ...rest] = line.split(' ');
    if (kind === 'ANSWER') {
      const [seq, inspectionId, itemId, digest] = rest;
      answers.push({ auditSeq: Number(seq), inspectionId: Number(inspectionId), itemId: itemId ?? '', sha256: digest ?? '' });
    } else if (kind === 'INSPECTION') inspections.push(Number(rest[0]));
  }
  return { answers, inspections };
}
