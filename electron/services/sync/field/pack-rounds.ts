import type { Database } from '../../../../db/engine';
import type { z } from 'zod';
import { ensureRound } from '../../../../db/repositories/assessment-rounds';
import { ensureRectification } from '../../../../db/repositories/rectifications';
import { getRound } from '../../../../db/repositories/assessment-rounds';
import { statement } from '../../../../db/sql';
import { AppError } from '../../../../shared/errors';
import { parseJsonEntry } from '../format/json-entry';
import { sha256 } from '../format/manifest';
import { syncError } from '../format/sync-error';
import { PACK_ENTRIES, packHistorySchema, packRectificationsSchema, roundsSchema, type assignmentsSchema } from '../pack-contents';

/** What a pack says about rounds (issue 15); empty for a pack of an office from before rounds. */
export interface PackRounds {
  rounds: z.output<typeof roundsSchema>;
  rectifications: z.output<typeof packRectificationsSchema>;
  /** Null when the pack has no history entry (an older office): the history held stays. */
  history: z.output<typeof packHistorySchema> | null;
  historyPdfs: Map<string, Buffer>;
}

const optionalEntry = <S extends z.ZodType, A>(files: ReadonlyMap<string, Buffer>, name: string, schema: S, absent: A): z.output<S> | A =>
  files.has(name) ? parseJsonEntry(files, name, schema) : absent;

const invalid = (reason: string, params: Record<string, string | number>) => new AppError('SYNC_MANIFEST_INVALID', { reason, ...params });

/**
 * Reads and checks the rounds, rectifications and history entries before anything is written: every round an
 * assignment names is in the pack (or already here), a follow-up's rectification is in the pack, and every
 * rectification and history entry is about a filing the pack carries.
 */
export function readPackRounds(
  db: Database,
  files: ReadonlyMap<string, Buffer>,
  assignments: z.output<typeof assignmentsSchema>,
  filingIds: ReadonlySet<number>,
): PackRounds {
  const rounds = optionalEntry(files, PACK_ENTRIES.rounds, roundsSchema, []);
  const rectifications = optionalEntry(files, PACK_ENTRIES.rectifications, packRectificationsSchema, []);
  const history = optionalEntry(files, PACK_ENTRIES.history, packHistorySchema, null);
  const roundUids = new Set(rounds.map((r) => r.uid));
  const rectificationUids = new Set(rectifications.map((r) => r.uid));
  for (const assignment of assignments) {
    if (assignment.roundUid !== null && !roundUids.has(assignment.roundUid) && !getRound(db, assignment.roundUid))
      throw invalid('ROUND_REASON_PACK_ROUND_MISSING', { uid: assignment.uid, roundUid: assignment.roundUid });
    if (assignment.rectificationUid !== null && !rectificationUids.has(assignment.rectificationUid))
      throw invalid('ROUND_REASON_PACK_RECTIFICATION_MISSING', { uid: assignment.uid, rectificationUid: assignment.rectificationUid });
  }
  for (const rectification of rectifications) {
    if (!filingIds.has(rectification.filingId))
      throw invalid('ROUND_REASON_PACK_FILING_MISSING', { entry: PACK_ENTRIES.rectifications, filingId: rectification.filingId });
    if (rectification.roundUid !== null && !roundUids.has(rectification.roundUid) && !getRound(db, rectification.roundUid))
      throw invalid('ROUND_REASON_PACK_ROUND_MISSING', { uid: rectification.uid, roundUid: rectification.roundUid });
  }
  const historyPdfs = new Map<string, Buffer>();
  const entryNos = new Set<number>();
  for (const entry of history ?? []) {
    if (!filingIds.has(entry.filingId)) throw invalid('ROUND_REASON_PACK_FILING_MISSING', { entry: PACK_ENTRIES.history, filingId: entry.filingId });
    if (entryNos.has(entry.entryNo)) throw invalid('ROUND_REASON_PACK_HISTORY_DUPLICATE', { entryNo: entry.entryNo });
    entryNos.add(entry.entryNo);
    for (const name of entry.pdfs) {
      const entryName = PACK_ENTRIES.historyPdf(entry.entryNo, name);
      const bytes = files.get(entryName);
      if (!bytes) throw syncError('SYNC_ENTRY_MISMATCH', { reason: 'SYNC_REASON_ENTRY_MISSING', name: entryName });
      historyPdfs.set(entryName, bytes);
    }
  }
  return { rounds, rectifications, history, historyPdfs };
}

/**
 * Stores them (inside the pack's transaction, before the assignments that refer to them): rounds and rectifications
 * once (a later pack cannot rewrite them), the history of every filing the pack carries replaced by the pack's.
 */
export function storePackRounds(db: Database, contents: PackRounds, filingIds: ReadonlySet<number>): void {
  for (const round of contents.rounds) ensureRound(db, { ...round, origin: 'received' });
  for (const { baseAnswers, deadlineRule, ...rectification } of contents.rectifications)
    ensureRectification(db, { ...rectification, baseAnswers, deadlineRule, inspectionId: null, origin: 'received' });
  if (contents.history === null) return;
  for (const filingId of filingIds) {
    statement(db, 'DELETE FROM received_history_files WHERE filing_id = ?').run(filingId);
    statement(db, 'DELETE FROM received_history WHERE filing_id = ?').run(filingId);
  }
  for (const entry of contents.history) {
    statement(db, 'INSERT INTO received_history (filing_id, entry_no, entry_json) VALUES (?, ?, ?)').run(
      entry.filingId,
      entry.entryNo,
      JSON.stringify(entry),
    );
    for (const name of entry.pdfs) {
      const bytes = contents.historyPdfs.get(PACK_ENTRIES.historyPdf(entry.entryNo, name)) as Buffer;
      statement(db, 'INSERT INTO received_history_files (filing_id, entry_no, name, sha256, content) VALUES (?, ?, ?, ?, ?)').run(
        entry.filingId,
        entry.entryNo,
        name,
        sha256(bytes),
        bytes,
      );
    }
  }
}
