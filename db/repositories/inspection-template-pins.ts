import type { Database } from '../engine';
import { statement } from '../sql';
import { insertRows, selectInChunks } from '../sql-batch';

/** Records the form version an inspection is scored with; written once (a trigger refuses a change). */
export function pinInspectionTemplate(db: Database, inspectionId: number, templateHash: string): void {
  statement(db, 'INSERT INTO inspection_template_pins (inspection_id, template_hash) VALUES (?, ?) ON CONFLICT (inspection_id) DO NOTHING').run(
    inspectionId,
    templateHash,
  );
}

/** pinInspectionTemplate for many inspections, in few statements. */
export function pinInspectionTemplates(db: Database, pins: readonly { inspectionId: number; templateHash: string }[]): void {
  insertRows(
    db,
    'inspection_template_pins',
    ['inspection_id', 'template_hash'],
    pins.map((pin) => [pin.inspectionId, pin.templateHash]),
    { suffix: 'ON CONFLICT (inspection_id) DO NOTHING' },
  );
}

export function pinnedTemplateHash(db: Database, inspectionId: number): string | null {
  const row = statement<{ template_hash: string }>(db, 'SELECT template_hash FROM inspection_template_pins WHERE inspection_id = ?').get(
    inspectionId,
  );
  return row?.template_hash ?? null;
}

/** The pins of many inspections in few statements (those that have one). */
export function pinnedTemplateHashes(db: Database, inspectionIds: readonly number[]): Map<number, string> {
  const rows = selectInChunks<{ inspection_id: number; template_hash: string }>(
    db,
    [...new Set(inspectionIds)],
    (list) => `SELECT inspection_id, template_hash FROM inspection_template_pins WHERE inspection_id IN (${list})`,
  );
  return new Map(rows.map((row) => [Number(row.inspection_id), row.template_hash]));
}

/** Inspections without a pin (written before migration 0012), to pin by their template id + version. */
export function unpinnedInspections(db: Database): { id: number; templateId: string; templateVersion: string }[] {
  return statement<{ id: number; template_id: string; template_version: string }>(
    db,
    'SELECT id, template_id, template_version FROM inspections WHERE id NOT IN (SELECT inspection_id FROM inspection_template_pins) ORDER BY id',
  )
    .all()
    .map((row) => ({ id: row.id, templateId: row.template_id, templateVersion: row.template_version }));
}
