import type { Database } from '../../../../db/engine';
import { migrations } from '../../../../db/migrations';
import { openDatabase, type OpenedDatabase } from '../../../../db/open';
import { SAMPLE_ID_NUMBER, SAMPLE_USCC } from '../../../support/store-fixtures';

/**
 * Builds databases as an older release left them: `openDatabase` with only the first `version` migrations, so the
 * pragmas and the transaction are the app's own. Rows are written in raw SQL of that version, never through today's
 * repositories (which already name later columns).
 */
export function openAtVersion(file: string, version: number, dataDir: string): OpenedDatabase {
  return openDatabase(file, { create: true, migrations: migrations.slice(0, version), dataDir });
}

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const PNG = "x'89504E470D0A1A0A0000000D49484452'";
const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
const KEY = '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----';

/**
 * Representative rows for the tables migration N created, written with the SQL of version N. A later version's schema
 * may not accept them (0010 drops sync_certificates.pkcs12): seededAtVersion writes each right after its migration.
 */
export const SEED_SQL_BY_VERSION: Readonly<Record<number, string>> = {
  1: `INSERT INTO app_meta (key, value) VALUES ('created_at', '2023-01-01T00:00:00Z'), ('role', 'office');`,
  2: `
    INSERT INTO institutions (id, uscc, name, region, central_soe_branch, demo, created_at, updated_at)
      VALUES (1, '${SAMPLE_USCC}', '测试评价机构有限公司', '阳泉市城区', 0, 0, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z');
    INSERT INTO filings (id, institution_id, kind, nature, listed_name, filing_no, filing_year, filed_on, valid_from, valid_to, created_at, updated_at)
      VALUES (1, 1, 'enterprise', 'enterprise', '测试评价机构有限公司', 'Y1403022020001', 2020, '2020-10-01', '2020-10-01', '2023-09-30', 'now', 'now'),
             (2, 1, 'socialOrg', NULL, '测试评价机构有限公司', 'S1403022021001', 2021, NULL, NULL, NULL, 'now', 'now');
    INSERT INTO filed_occupations (id, filing_id, code, name, work_type) VALUES (1, 1, '6-31-01-03', '电工', ''), (2, 1, '4-10-01-02', '育婴员', '育婴');
    INSERT INTO filed_levels (filed_occupation_id, level) VALUES (1, 'level5'), (1, 'level4'), (2, 'level3');`,
  3: `
    INSERT INTO batches (id, filing_id, filed_occupation_id, level, batch_no, exam_date, publicity_start, publicity_end,
                         planned_evaluators, present_evaluators, own_evaluators, external_evaluators)
      VALUES (1, 1, 1, 'level5', '2021-001', '2021-06-01', '2021-06-10', '2021-06-17', 3, 3, 2, 1);
    INSERT INTO candidates (id, batch_id, name, id_number, birth_date, theory_score, skill_score, result, certificate_no, uploaded_national)
      VALUES (1, 1, '张伟', '${SAMPLE_ID_NUMBER}', '1987-01-24', 81.5, 90, 'pass', 'C0001', 1);
    INSERT INTO candidates (id, batch_id, name, id_number, result, uploaded_national, not_uploaded_reason, not_uploaded_note)
      VALUES (2, 1, '李娜', '140302199002021234', 'fail', 0, 'other', '补考');`,
  4: `
    INSERT INTO inspections (id, institution_id, filing_id, template_id, template_version, panel_json, inspection_date, site, status,
                             score_hundredths, created_at, updated_at)
      VALUES (1, 1, 1, 'shanxi-renewal-2023', '2023.1', '[{"name":"李评估","role":"lead"}]', '2023-09-10', '阳泉', 'signed', 8650, 'now', 'now');
    INSERT INTO inspections (id, institution_id, filing_id, template_id, template_version, panel_json, inspection_date, revision, parent_id,
                             revision_reason, created_at, updated_at)
      VALUES (2, 1, 1, 'shanxi-renewal-2023', '2023.1', '[]', '2023-09-11', 2, 1, '更正笔误', 'now', 'now');
    INSERT INTO answers (inspection_id, item_id, payload_json, updated_at, updated_by) VALUES (1, '1.1.1', '{"choice":"yes"}', 'now', '李评估');
    INSERT INTO sampling_draws (id, inspection_id, purpose, sequence, record_json, drawn_at, drawn_by) VALUES (1, 1, 'candidates', 1, '{}', 'now', '李评估');
    INSERT INTO findings (id, inspection_id, item_id, unit_kind, unit_id, draw_id, description, created_at, created_by)
      VALUES (1, 1, '1.1.1', 'candidate', '1', 1, '证书编号不符', 'now', '李评估');
    INSERT INTO signatures (id, inspection_id, signer_name, role, image_png, signed_at) VALUES (1, 1, '李评估', 'panelLead', ${PNG}, 'now');
    INSERT INTO evidence (id, inspection_id, item_id, finding_id, relative_path, sha256, size_bytes, mime, created_at)
      VALUES (1, 1, '1.1.1', NULL, 'evidence/1/${SHA_A}.jpg', '${SHA_A}', 3, 'image/jpeg', 'now'),
             (2, 1, NULL, 1, 'evidence/1/${SHA_B}.png', '${SHA_B}', 5, 'image/png', 'now');`,
  5: `INSERT INTO audit_log (seq, at, actor, inspection_id, entity, entity_id, item_id, action, new_json, prev_hash, hash)
      VALUES (1, 'now', '李评估', 1, 'answer', '1', '1.1.1', 'create', '{"choice":"yes"}', '${'0'.repeat(64)}', '${SHA_A}');`,
  6: `
    INSERT INTO inspectors (id, name, staff_no, organisation, created_at, updated_at) VALUES (1, '李评估', 'S001', '阳泉市人社局', 'now', 'now');
    INSERT INTO devices (id, device_key, label, inspector_id, certificate_pem, registered_at) VALUES (1, 'laptop-01', '笔记本一', 1, '${CERT}', 'now');`,
  7: `
    INSERT INTO sync_office_keys (id, office_name, ca_certificate_pem, ca_key_encrypted_pem, office_certificate_pem, office_key_encrypted_pem, created_at)
      VALUES (1, '阳泉市职业技能鉴定中心', '${CERT}', '${KEY}', '${CERT}', '${KEY}', 'now');
    INSERT INTO sync_certificates (serial, device_key, inspector_id, certificate_pem, pkcs12, issued_at, not_after)
      VALUES ('0a1b', 'laptop-01', 1, '${CERT}', x'3082', 'now', '2030-01-01');
    INSERT INTO sync_assignments (uid, device_key, filing_id, template_id, template_version, created_at)
      VALUES ('${'c'.repeat(32)}', 'laptop-01', 1, 'shanxi-renewal-2023', '2023.1', 'now');
    INSERT INTO sync_device_state (device_key, last_sequence, last_manifest_sha256, last_imported_at) VALUES ('laptop-01', 1, '${SHA_A}', 'now');
    INSERT INTO sync_imports (manifest_sha256, device_key, sequence, imported_at, report_json) VALUES ('${SHA_A}', 'laptop-01', 1, 'now', '{}');
    INSERT INTO sync_imported_inspections (id, device_key, remote_id, content_sha256, inspection_id, conflict_key, signer_serial, imported_at)
      VALUES (1, 'laptop-01', 7, '${SHA_B}', 2, 'laptop-01:7', '0a1b', 'now');
    INSERT INTO sync_imported_files (id, inspection_id, kind, name, sha256, content) VALUES (1, 2, 'pdf', 'report.pdf', '${SHA_B}', x'25504446');
    INSERT INTO sync_device_audit (device_key, seq, hash, entry_json) VALUES ('laptop-01', 1, '${SHA_A}', '{}');`,
  // From version 8 on, two rows may name the same file; version 7 refused this.
  8: `INSERT INTO evidence (id, inspection_id, item_id, relative_path, sha256, size_bytes, mime, created_at)
      VALUES (3, 1, '1.1.2', 'evidence/1/${SHA_A}.jpg', '${SHA_A}', 3, 'image/jpeg', 'now');`,
};

/**
 * A database as an older release left it, with data: migrated one version at a time, each version's representative
 * rows written right after its own migration (a later migration may drop a column an earlier seed names, as 0010 does).
 */
export function seededAtVersion(file: string, version: number, dataDir: string): OpenedDatabase {
  for (let v = 1; v < version; v += 1) {
    const step = openAtVersion(file, v, dataDir);
    seed(step.db, v);
    step.db.close();
  }
  const opened = openAtVersion(file, version, dataDir);
  seed(opened.db, version);
  return opened;
}

function seed(db: Database, version: number): void {
  const sql = SEED_SQL_BY_VERSION[version];
  if (sql) db.transaction(() => db.exec(sql))();
}

export interface SchemaSnapshot {
  userVersion: number;
  master: { type: string; name: string; tbl_name: string; sql: string | null }[];
  tables: Record<string, { columns: unknown[]; indexes: unknown[]; foreignKeys: unknown[] }>;
}

/** Whitespace runs are not part of what a statement means. */
const normaliseSql = (sql: string | null) => (sql === null ? null : sql.replace(/\s+/g, ' ').trim());

/** What a database's schema is, in a form two databases can be compared by (rootpage and row data left out). */
export function schemaSnapshot(db: Database): SchemaSnapshot {
  const master = (db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all() as SchemaSnapshot['master']).map(
    (row) => ({ ...row, sql: normaliseSql(row.sql) }),
  );
  const tables: SchemaSnapshot['tables'] = {};
  for (const { name } of master.filter((row) => row.type === 'table')) {
    const indexes = (db.prepare('SELECT * FROM pragma_index_list(?) ORDER BY name').all(name) as { name: string }[]).map((index) => ({
      ...index,
      columns: db.prepare('SELECT * FROM pragma_index_xinfo(?) ORDER BY seqno').all(index.name),
    }));
    tables[name] = {
      columns: db.prepare('SELECT * FROM pragma_table_xinfo(?) ORDER BY cid').all(name),
      indexes,
      foreignKeys: db.prepare('SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(name),
    };
  }
  return { userVersion: db.pragma('user_version', { simple: true }) as number, master, tables };
}

/** sqlite_master exactly as stored (the text SQLite keeps for each statement), in a stable order. */
export function rawSchemaText(db: Database): string {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as SchemaSnapshot['master'];
  return rows.map((row) => `${row.type} ${row.name} ${row.tbl_name}\n${row.sql ?? ''}\n`).join('\n');
}

/** Row count of every table, to show an upgrade kept what was there. */
export function rowCounts(db: Database): Record<string, number> {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  // Table names come from sqlite_master itself, not from input.
  return Object.fromEntries(names.map((name) => [name, db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]));
}
