import { createHash } from 'node:crypto';
import type { Database } from './engine';
import canonicalize from 'canonicalize';
import { selectRowsWhereIn, type PortableRow } from './repositories/sync-rows';

/**
 * What an audit entry commits to: per part of one inspection, the SHA-256 of the canonical JSON of its rows right
 * after the change. The parts are exactly what a result bundle carries for the inspection (electron/services/sync/
 * field/bundle-export.ts), so the office recomputes them from a bundle the same way `audit verify` does from the
 * database. `status` is its own part: bundles leave it out (the office sets its own), the laptop still checks it;
 * `updated_at` is in no part (it changes with every save and carries no content).
 */
export const STATE_PARTS = ['inspection', 'status', 'answers', 'draws', 'findings', 'signatures', 'evidence'] as const;
export type StatePart = (typeof STATE_PARTS)[number];
export type InspectionState = Record<StatePart, string>;

/** The rows of one inspection as the bundle carries them (inspection without status and updated_at). */
export interface InspectionRows {
  inspection: PortableRow | null;
  status: string | null;
  answers: PortableRow[];
  draws: PortableRow[];
  findings: PortableRow[];
  signatures: PortableRow[];
  evidence: PortableRow[];
}

/** Where each part's rows live; the verifier names the table when a part no longer matches. */
export const STATE_PART_TABLES: Record<StatePart, string> = {
  inspection: 'inspections',
  status: 'inspections.status',
  answers: 'answers',
  draws: 'sampling_draws',
  findings: 'findings',
  signatures: 'signatures',
  evidence: 'evidence',
};

const digest = (value: unknown): string =>
  createHash('sha256')
    .update(canonicalize(value) ?? 'null', 'utf8')
    .digest('hex');

export function stateOfRows(rows: InspectionRows): InspectionState {
  return {
    inspection: digest(rows.inspection),
    status: digest(rows.status),
    answers: digest(rows.answers),
    draws: digest(rows.draws),
    findings: digest(rows.findings),
    signatures: digest(rows.signatures),
    evidence: digest(rows.evidence),
  };
}

export function readInspectionRows(db: Database, inspectionId: number): InspectionRows {
  const [row] = selectRowsWhereIn(db, 'inspections', 'id', [inspectionId]);
  let inspection: PortableRow | null = null;
  if (row) {
    const { status: _status, updated_at: _updatedAt, ...content } = row;
    inspection = content;
  }
  return {
    inspection,
    status: row ? String(row['status']) : null,
    answers: selectRowsWhereIn(db, 'answers', 'inspection_id', [inspectionId]),
    draws: selectRowsWhereIn(db, 'sampling_draws', 'inspection_id', [inspectionId]),
    findings: selectRowsWhereIn(db, 'findings', 'inspection_id', [inspectionId]),
    signatures: selectRowsWhereIn(db, 'signatures', 'inspection_id', [inspectionId]),
    evidence: selectRowsWhereIn(db, 'evidence', 'inspection_id', [inspectionId]),
  };
}

export const readInspectionState = (db: Database, inspectionId: number): InspectionState => stateOfRows(readInspectionRows(db, inspectionId));

/** The state as stored in audit_log.state_json (canonical, so equal states are equal texts). */
export const stateJsonOf = (state: InspectionState): string => canonicalize(state) ?? '{}';

/** Parts of the recorded state that the rows no longer match (parts listed in `skip` are not compared). */
export function mismatchedParts(recordedJson: string, current: InspectionState, skip: readonly StatePart[] = []): StatePart[] {
  let recorded: Partial<Record<string, unknown>>;
  try {
    recorded = JSON.parse(recordedJson) as Partial<Record<string, unknown>>;
  } catch {
    return STATE_PARTS.filter((part) => !skip.includes(part));
  }
  return STATE_PARTS.filter((part) => !skip.includes(part) && recorded[part] !== current[part]);
}

/**
 * Names the answer row that differs from what the log last recorded for it (its newest `answer` entry's new value),
 * so a message can say which item was edited; null when no single answer row can be blamed (row added, removed,
 * copied from a parent revision, or another column changed).
 */
export function changedAnswerItem(answers: readonly PortableRow[], lastRecorded: ReadonlyMap<string, string | null>): string | null {
  for (const answer of answers) {
    const itemId = String(answer['item_id']);
    const recorded = lastRecorded.get(itemId);
    if (recorded === undefined) continue;
    const same = canonicalize(JSON.parse(String(answer['payload_json'])) as unknown) === canonicalize(JSON.parse(recorded ?? 'null') as unknown);
    if (!same) return itemId;
  }
  return null;
}
