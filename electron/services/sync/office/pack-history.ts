import type { Database } from '../../../../db/engine';
import { requireInspection } from '../../../../db/repositories/inspections';
import { inspectionRound } from '../../../../db/repositories/inspection-rounds';
import { getDecision, rectificationOfInspection } from '../../../../db/repositories/rectifications';
import { importedPdfContents, listImportedInspections } from '../../../../db/repositories/sync-imports';
import type { z } from 'zod';
import { PACK_ENTRIES, type packHistorySchema } from '../pack-contents';
import { isHead } from '../review/conflict-state';
import { scoreInspection } from '../review/score-inspection';
import { decisionLabel } from '../../../../shared/domain/rectification/decision';

export type PackHistoryEntry = z.infer<typeof packHistorySchema>[number];

interface HistoryPdf {
  entry: string;
  content: Buffer;
}

/**
 * The earlier inspections of the assigned filings as the office holds them: each device's current version (head) that
 * was not returned, scored with its pinned form, with the decision of a rectification it led to and its signed PDFs.
 * Numbered in a fixed order so the same store gives the same entry.
 */
export function collectHistory(db: Database, filingIds: readonly number[]): { entries: PackHistoryEntry[]; pdfs: HistoryPdf[] } {
  const wanted = new Set(filingIds);
  const all = listImportedInspections(db);
  const chosen = all
    .filter((record) => record.reviewStatus !== 'returned' && isHead(record, all))
    .map((record) => ({ record, inspection: requireInspection(db, record.inspectionId) }))
    .filter(({ inspection }) => wanted.has(inspection.filingId))
    .sort(
      (a, b) =>
        a.inspection.filingId - b.inspection.filingId ||
        a.inspection.inspectionDate.localeCompare(b.inspection.inspectionDate) ||
        a.record.deviceKey.localeCompare(b.record.deviceKey) ||
        a.record.remoteId - b.record.remoteId ||
        a.record.contentSha256.localeCompare(b.record.contentSha256),
    );
  const pdfs: HistoryPdf[] = [];
  const entries = chosen.map(({ record, inspection }, index): PackHistoryEntry => {
    const entryNo = index + 1;
    const link = inspectionRound(db, inspection.id);
    const scored = scoreInspection(db, inspection);
    const rectification = rectificationOfInspection(db, inspection.id);
    const decision = rectification ? getDecision(db, rectification.uid) : null;
    const files = pdfFiles(db, record.inspectionId);
    for (const file of files) pdfs.push({ entry: PACK_ENTRIES.historyPdf(entryNo, file.name), content: file.content });
    return {
      entryNo,
      filingId: inspection.filingId,
      roundUid: link?.roundUid ?? null,
      purpose: link?.purpose ?? 'assessment',
      scope: link?.scope ?? null,
      inspectionDate: inspection.inspectionDate,
      revision: inspection.revision,
      templateId: inspection.templateId,
      templateVersion: inspection.templateVersion,
      scoreHundredths: scored.total,
      outcomeLabel: scored.outcomeLabel.slice(0, 200),
      decisionLabel: decision ? decisionLabel(decision.decision) : null,
      pdfs: files.map((file) => file.name),
    };
  });
  return { entries, pdfs };
}

/** Signed PDFs only (evidence stays at the office); a name that could not be an entry name is left out. */
const pdfFiles = (db: Database, inspectionId: number) => importedPdfContents(db, inspectionId).filter((file) => /^[^/\\:]{1,200}$/.test(file.name));
