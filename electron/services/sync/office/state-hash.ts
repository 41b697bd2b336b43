import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../format/envelope';
import { sha256 } from '../format/manifest';

/**
 * A hash of what the office knows from devices, independent of office-local ids and import order: per device its
 * newest sequence; every imported version by (device, remote id, content hash) with its review, conflict key, round link
 * (by round and rectification uid) and the answers that landed; the rounds held; files; and the devices' audit chains. Two offices with the same hash hold the same results.
 */
export function syncStateHash(db: Database): string {
  const devices = db.prepare('SELECT device_key, last_sequence, last_manifest_sha256 FROM sync_device_state ORDER BY device_key').all();
  const versions = db
    .prepare(
      `SELECT s.device_key, s.remote_id, s.remote_parent_id, s.content_sha256, s.conflict_key, s.review_status, s.review_comment,
         i.score_hundredths, i.status, i.filing_id, i.template_id, r.round_uid, r.purpose, r.rectification_uid, r.scope,
         (SELECT group_concat(item_id || '=' || payload_json, char(10)) FROM (SELECT item_id, payload_json FROM answers WHERE inspection_id = i.id ORDER BY item_id)) AS answers,
         (SELECT group_concat(kind || ':' || name || ':' || sha256, char(10)) FROM (SELECT kind, name, sha256 FROM sync_imported_files WHERE inspection_id = i.id ORDER BY kind, name)) AS files
       FROM sync_imported_inspections s JOIN inspections i ON i.id = s.inspection_id LEFT JOIN inspection_rounds r ON r.inspection_id = s.inspection_id
       ORDER BY s.device_key, s.remote_id, s.content_sha256`,
    )
    .all();
  const audit = db
    .prepare(
      "SELECT device_key, group_concat(seq || ':' || hash, ',') AS chain FROM (SELECT * FROM sync_device_audit ORDER BY device_key, seq) GROUP BY device_key ORDER BY device_key",
    )
    .all();
  const rounds = db.prepare('SELECT uid, name, year, origin, opened_by, opened_at FROM assessment_rounds ORDER BY uid').all();
  const counts = db
    .prepare(
      'SELECT (SELECT count(*) FROM inspections) AS inspections, (SELECT count(*) FROM findings) AS findings, (SELECT count(*) FROM sampling_draws) AS draws',
    )
    .get();
  return sha256(canonicalJson({ devices, versions, audit, counts, rounds }));
}
