import type { Database } from '../../../../db/engine';
import { canonicalJson } from '../format/envelope';
import { sha256 } from '../format/manifest';

/**
 * A hash of what the office knows from devices, independent of office-local ids and import order: per device its
 * newest sequence; every imported version by (device, remote id, content hash) with its review, conflict key, round link
 * (by round and rectification uid) and the answers that landed; the rounds held; files; and the devices' audit chains. Two offices with the same hash hold the same results.
 *
 * The statements are plain SELECTs both engines run alike; joining the lines and ordering the text keys happen
 * here, by UTF-8 bytes (SQLite's BINARY collation), so the hash does not depend on an engine's collation and is the
 * one SQLite gave when the lines were joined with group_concat.
 */
export function syncStateHash(db: Database): string {
  const devices = sortRows(db.prepare('SELECT device_key, last_sequence, last_manifest_sha256 FROM sync_device_state').all() as Row[], (a, b) =>
    byBytes(a.device_key, b.device_key),
  );
  const answers = linesByInspection(
    db
      .prepare(
        'SELECT inspection_id, item_id, payload_json FROM answers WHERE inspection_id IN (SELECT inspection_id FROM sync_imported_inspections)',
      )
      .all() as Row[],
    (a, b) => byBytes(a.item_id, b.item_id),
    (row) => `${text(row.item_id)}=${text(row.payload_json)}`,
  );
  const files = linesByInspection(
    db.prepare('SELECT inspection_id, kind, name, sha256 FROM sync_imported_files').all() as Row[],
    (a, b) => byBytes(a.kind, b.kind) || byBytes(a.name, b.name),
    (row) => `${text(row.kind)}:${text(row.name)}:${text(row.sha256)}`,
  );
  const versions = sortRows(
    db
      .prepare(
        `SELECT s.inspection_id, s.device_key, s.remote_id, s.remote_parent_id, s.content_sha256, s.conflict_key, s.review_status, s.review_comment,
           i.score_hundredths, i.status, i.filing_id, i.template_id, r.round_uid, r.purpose, r.rectification_uid, r.scope
         FROM sync_imported_inspections s JOIN inspections i ON i.id = s.inspection_id LEFT JOIN inspection_rounds r ON r.inspection_id = s.inspection_id`,
      )
      .all() as Row[],
    (a, b) => byBytes(a.device_key, b.device_key) || Number(a.remote_id) - Number(b.remote_id) || byBytes(a.content_sha256, b.content_sha256),
  ).map(({ inspection_id: inspectionId, ...version }) => ({
    ...version,
    answers: answers.get(Number(inspectionId)) ?? null,
    files: files.get(Number(inspectionId)) ?? null,
  }));
  const chains = new Map<string, Row[]>();
  for (const row of db.prepare('SELECT device_key, seq, hash FROM sync_device_audit').all() as Row[]) {
    const key = text(row.device_key);
    const chain = chains.get(key);
    if (chain) chain.push(row);
    else chains.set(key, [row]);
  }
  const audit = [...chains.keys()].sort(byBytes).map((deviceKey) => ({
    device_key: deviceKey,
    chain: sortRows(chains.get(deviceKey) ?? [], (a, b) => Number(a.seq) - Number(b.seq))
      .map((row) => `${Number(row.seq)}:${text(row.hash)}`)
      .join(','),
  }));
  const rounds = sortRows(db.prepare('SELECT uid, name, year, origin, opened_by, opened_at FROM assessment_rounds').all() as Row[], (a, b) =>
    byBytes(a.uid, b.uid),
  );
  const counts = db
    .prepare(
      'SELECT (SELECT count(*) FROM inspections) AS inspections, (SELECT count(*) FROM findings) AS findings, (SELECT count(*) FROM sampling_draws) AS draws',
    )
    .get();
  return sha256(canonicalJson({ devices, versions, audit, counts, rounds }));
}

type Row = Record<string, unknown>;

const text = (value: unknown): string => String(value);

/** SQLite's BINARY order: UTF-8 bytes, which is code-point order (JavaScript's < compares UTF-16 units). */
function byBytes(a: unknown, b: unknown): number {
  return Buffer.compare(Buffer.from(text(a), 'utf8'), Buffer.from(text(b), 'utf8'));
}

function sortRows<T>(rows: T[], compare: (a: T, b: T) => number): T[] {
  return [...rows].sort(compare);
}

/** Per inspection, its rows in order as lines joined by a newline (what group_concat(…, char(10)) gave). */
function linesByInspection(rows: Row[], compare: (a: Row, b: Row) => number, line: (row: Row) => string): Map<number, string> {
  const grouped = new Map<number, Row[]>();
  for (const row of rows) {
    const id = Number(row.inspection_id);
    const group = grouped.get(id);
    if (group) group.push(row);
    else grouped.set(id, [row]);
  }
  return new Map([...grouped].map(([id, group]) => [id, sortRows(group, compare).map(line).join('\n')]));
}
