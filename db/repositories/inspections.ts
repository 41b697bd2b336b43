import type { Database } from '../engine';
import { AppError } from '../../shared/errors';
import { inspectionStatuses, type InspectionStatus } from '../../shared/store/enums';
import type { InspectionRecord, PanelMember } from '../../shared/store/records';
import { inTransaction, nowIso, statement, insertedId } from '../sql';
import { appendAudit } from './audit-log';
import { getFiling } from './filings';
import { findFormTemplateByVersion } from './form-templates';
import { pinInspectionTemplate } from './inspection-template-pins';

export interface NewInspection {
  institutionId: number;
  filingId: number;
  templateId: string;
  templateVersion: string;
  panel: PanelMember[];
  inspectionDate: string;
  site?: string;
  /** The form version to score with (form_templates.hash); without it, the stored version of templateId + templateVersion. */
  templateHash?: string;
}

/** A row of inspections as SELECT * gives it (other repositories read it in joins). */
export interface InspectionRow {
  id: number;
  institution_id: number;
  filing_id: number;
  template_id: string;
  template_version: string;
  panel_json: string;
  inspection_date: string;
  site: string;
  status: InspectionStatus;
  score_hundredths: number | null;
  revision: number;
  parent_id: number | null;
  revision_reason: string | null;
  created_at: string;
  updated_at: string;
}

export function inspectionFromRow(row: InspectionRow): InspectionRecord {
  return {
    id: row.id,
    institutionId: row.institution_id,
    filingId: row.filing_id,
    templateId: row.template_id,
    templateVersion: row.template_version,
    panel: JSON.parse(row.panel_json) as PanelMember[],
    inspectionDate: row.inspection_date,
    site: row.site,
    status: row.status,
    scoreHundredths: row.score_hundredths,
    revision: row.revision,
    parentId: row.parent_id,
    revisionReason: row.revision_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getInspection(db: Database, id: number): InspectionRecord | null {
  const row = statement<InspectionRow>(db, 'SELECT * FROM inspections WHERE id = ?').get(id);
  return row ? inspectionFromRow(row) : null;
}

export function requireInspection(db: Database, id: number): InspectionRecord {
  const inspection = getInspection(db, id);
  if (!inspection) throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_INSPECTION', id });
  return inspection;
}

/** Only a draft can change; a signed inspection is corrected through a new revision (revisions.ts createRevision). */
export function requireEditableInspection(db: Database, id: number): InspectionRecord {
  const inspection = requireInspection(db, id);
  if (inspection.status !== 'draft') {
    throw new AppError('INSPECTION_LOCKED', { id, status: `TERM_STATUS_SHORT_${inspection.status.toUpperCase()}` });
  }
  return inspection;
}

export function listInspections(db: Database, filter: { institutionId?: number } = {}): InspectionRecord[] {
  const rows =
    filter.institutionId === undefined
      ? statement<InspectionRow>(db, 'SELECT * FROM inspections ORDER BY id').all()
      : statement<InspectionRow>(db, 'SELECT * FROM inspections WHERE institution_id = ? ORDER BY id').all(filter.institutionId);
  return rows.map(inspectionFromRow);
}

/** The inspections with the given ids (those that exist), in id order; a few statements of 500 ids, not one a row. */
export function inspectionsByIds(db: Database, ids: readonly number[]): InspectionRecord[] {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  const found: InspectionRecord[] = [];
  for (let start = 0; start < unique.length; start += 500) {
    const chunk = unique.slice(start, start + 500);
    const sql = `SELECT * FROM inspections WHERE id IN (${chunk.map(() => '?').join(', ')}) ORDER BY id`;
    for (const row of statement<InspectionRow>(db, sql).all(...chunk)) found.push(inspectionFromRow(row));
  }
  return found;
}

export function createInspection(db: Database, input: NewInspection, actor: string, at = nowIso()): InspectionRecord {
  return inTransaction(db, () => {
    const filing = getFiling(db, input.filingId);
    if (!filing || filing.institutionId !== input.institutionId) {
      throw new AppError('NOT_FOUND', { reason: 'NOT_FOUND_FILING_OF_INSTITUTION', institutionId: input.institutionId, filingId: input.filingId });
    }
    const result = statement(
      db,
      `INSERT INTO inspections (institution_id, filing_id, template_id, template_version, panel_json, inspection_date, site,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(
      input.institutionId,
      input.filingId,
      input.templateId,
      input.templateVersion,
      JSON.stringify(input.panel),
      input.inspectionDate,
      input.site ?? '',
      at,
      at,
    );
    const created = requireInspection(db, insertedId(result));
    const pin = input.templateHash ?? findFormTemplateByVersion(db, input.templateId, input.templateVersion)?.hash;
    if (pin !== undefined) pinInspectionTemplate(db, created.id, pin);
    appendAudit(db, { actor, at, inspectionId: created.id, entity: 'inspection', entityId: created.id, action: 'create', new: created });
    return created;
  });
}

/** Moves the status one or more steps forward (draft → signed → locked → exported); never backwards. */
export function advanceInspectionStatus(
  db: Database,
  id: number,
  to: InspectionStatus,
  actor: string,
  reason: string | null = null,
  at = nowIso(),
): InspectionRecord {
  return inTransaction(db, () => {
    const before = requireInspection(db, id);
    if (inspectionStatuses.indexOf(to) <= inspectionStatuses.indexOf(before.status)) {
      throw new AppError('INVALID_STATUS', {
        reason: 'INSPECTION_REASON_STATUS_BACKWARDS',
        id,
        from: `TERM_STATUS_${before.status.toUpperCase()}`,
        to: `TERM_STATUS_${to.toUpperCase()}`,
      });
    }
    statement(db, 'UPDATE inspections SET status = ?, updated_at = ? WHERE id = ?').run(to, at, id);
    appendAudit(db, {
      actor,
      at,
      inspectionId: id,
      entity: 'inspection',
      entityId: id,
      action: 'update',
      old: { status: before.status },
      new: { status: to },
      reason,
    });
    return requireInspection(db, id);
  });
}

export function setInspectionScore(db: Database, id: number, scoreHundredths: number | null, actor: string, at = nowIso()): void {
  inTransaction(db, () => {
    const before = requireEditableInspection(db, id);
    if (before.scoreHundredths === scoreHundredths) return;
    statement(db, 'UPDATE inspections SET score_hundredths = ?, updated_at = ? WHERE id = ?').run(scoreHundredths, at, id);
    appendAudit(db, {
      actor,
      at,
      inspectionId: id,
      entity: 'inspection',
      entityId: id,
      action: 'update',
      old: { scoreHundredths: before.scoreHundredths },
      new: { scoreHundredths },
    });
  });
}
