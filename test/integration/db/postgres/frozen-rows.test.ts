import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../db/engine';
import { openDatabase } from '../../../../db/open';
import { openPostgresTestStore, testEngines } from '../../../support/postgres';
import { SAMPLE_USCC } from '../../../support/store-fixtures';
import { makeTempDir } from '../../../support/temp';

const DRAWN = 'a'.repeat(32);
const UNDRAWN = 'b'.repeat(32);
const RECTIFICATION = 'c'.repeat(32);

/** One row behind every refusing trigger, written in the SQL both engines share. */
function seedGuardedRows(db: Database): void {
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run("INSERT INTO institutions (id, uscc, name, created_at, updated_at) VALUES (1, ?, '测试评价机构有限公司', 'now', 'now')", SAMPLE_USCC);
  run(
    `INSERT INTO filings (id, institution_id, kind, listed_name, filing_no, filing_year, created_at, updated_at)
       VALUES (1, 1, 'enterprise', '测试评价机构有限公司', 'Y1403022020001', 2020, 'now', 'now')`,
  );
  run(
    `INSERT INTO inspections (id, institution_id, filing_id, template_id, template_version, panel_json, inspection_date, created_at, updated_at)
       VALUES (1, 1, 1, 'shanxi-renewal-2023', '2023.1', '[]', '2026-01-05', 'now', 'now')`,
  );
  run(
    `INSERT INTO audit_log (seq, at, actor, inspection_id, entity, entity_id, action, prev_hash, hash)
       VALUES (1, 'now', '李评估', 1, 'inspection', '1', 'create', ?, ?)`,
    '0'.repeat(64),
    'a'.repeat(64),
  );
  run('INSERT INTO inspection_template_pins (inspection_id, template_hash) SELECT 1, min(hash) FROM form_templates');
  const round =
    "INSERT INTO assessment_rounds (uid, name, year, origin, opened_by, opened_at) VALUES (?, '2026年度评估', 2026, 'office', '科员', 'now')";
  run(round, DRAWN);
  run(round, UNDRAWN);
  run("INSERT INTO inspection_rounds (inspection_id, round_uid, purpose) VALUES (1, ?, 'assessment')", DRAWN);
  run(
    `INSERT INTO rectifications (uid, filing_id, template_hash, outcome_category, outcome_label, inspection_date, findings_json,
                                 base_answers_json, deadline_rule_json, due_on, basis, origin, opened_by, opened_at)
       VALUES (?, 1, ?, 'rectify', '限期整改', '2026-01-05', '[]', '[]', '{}', '2026-02-05', '评价规范', 'office', '科员', 'now')`,
    RECTIFICATION,
    'd'.repeat(64),
  );
  run(
    `INSERT INTO rectification_files (id, rectification_uid, kind, name, mime, sha256, content, added_at)
       VALUES (1, ?, 'notice', 'notice.pdf', 'application/pdf', ?, ?, 'now')`,
    RECTIFICATION,
    'e'.repeat(64),
    Buffer.from('%PDF-1.7'),
  );
  run(
    `INSERT INTO rectification_decisions (rectification_uid, decision, reason, decided_on, decided_by, decided_at)
       VALUES (?, 'renew', '整改到位', '2026-03-01', '科长', 'now')`,
    RECTIFICATION,
  );
  const plan = `INSERT INTO round_plans (round_uid, rules_json, seed, seed_hash, seed_source, created_by, created_at, updated_at)
                  VALUES (?, '{}', ?, ?, 'generated', '科员', 'now', 'now')`;
  run(plan, DRAWN, 'f'.repeat(32), '0'.repeat(64));
  run(plan, UNDRAWN, 'e'.repeat(32), '1'.repeat(64));
  run(
    "INSERT INTO round_draws (round_uid, record_json, institutions_json, experts_json, drawn_by, drawn_at) VALUES (?, '{}', '{}', '{}', '科员', 'now')",
    DRAWN,
  );
}

interface Guard {
  trigger: string;
  table: string;
  write: string;
  message: string;
}

const GUARDS: readonly Guard[] = [
  {
    trigger: 'audit_log_no_update',
    table: 'audit_log',
    write: "UPDATE audit_log SET actor = '他人' WHERE seq = 1",
    message: '审计日志只能追加,不能修改',
  },
  { trigger: 'audit_log_no_delete', table: 'audit_log', write: 'DELETE FROM audit_log WHERE seq = 1', message: '审计日志只能追加,不能删除' },
  {
    trigger: 'form_templates_no_update',
    table: 'form_templates',
    write: "UPDATE form_templates SET title = '改过的表'",
    message: 'form template versions are immutable',
  },
  {
    trigger: 'form_templates_no_delete',
    table: 'form_templates',
    write: 'DELETE FROM form_templates WHERE hash NOT IN (SELECT template_hash FROM inspection_template_pins)',
    message: 'form template versions are never deleted',
  },
  {
    trigger: 'inspection_template_pins_no_update',
    table: 'inspection_template_pins',
    write: 'UPDATE inspection_template_pins SET template_hash = template_hash',
    message: 'an inspection keeps the form version it was scored with',
  },
  {
    trigger: 'inspection_rounds_no_update',
    table: 'inspection_rounds',
    write: 'UPDATE inspection_rounds SET purpose = purpose',
    message: 'an inspection stays in the round it was made for',
  },
  {
    trigger: 'rectification_files_no_update',
    table: 'rectification_files',
    write: "UPDATE rectification_files SET name = 'other.pdf'",
    message: 'a stored rectification file is never changed',
  },
  {
    trigger: 'rectification_decisions_no_update',
    table: 'rectification_decisions',
    write: "UPDATE rectification_decisions SET decision = 'terminate'",
    message: 'a rectification decision is final',
  },
  {
    trigger: 'rectification_decisions_no_delete',
    table: 'rectification_decisions',
    write: 'DELETE FROM rectification_decisions',
    message: 'a rectification decision is final',
  },
  {
    trigger: 'round_draws_no_update',
    table: 'round_draws',
    write: "UPDATE round_draws SET drawn_by = '他人'",
    message: 'a round is drawn once; its record is never changed',
  },
  {
    trigger: 'round_draws_no_delete',
    table: 'round_draws',
    write: 'DELETE FROM round_draws',
    message: 'a round is drawn once; its record is never deleted',
  },
  {
    trigger: 'round_plans_seed_fixed',
    table: 'round_plans',
    write: `UPDATE round_plans SET seed_note = '换种子' WHERE round_uid = '${UNDRAWN}'`,
    message: "a round's seed is fixed when its plan is made",
  },
  {
    trigger: 'round_plans_fixed_after_draw',
    table: 'round_plans',
    write: `UPDATE round_plans SET updated_at = 'later' WHERE round_uid = '${DRAWN}'`,
    message: "a drawn round's plan stays as it was drawn",
  },
];

/** Triggers that keep derived rows (migration 0016's search grams) refuse nothing, so they have no case here. */
const MAINTAINING_TRIGGER = /_search_grams_(insert|update|delete)$/;

function triggerNames(db: Database, engine: 'sqlite' | 'postgres'): string[] {
  const sql =
    engine === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
      : 'SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname';
  return (db.prepare(sql).all() as { name: string }[]).map((row) => row.name).filter((name) => !MAINTAINING_TRIGGER.test(name));
}

const rowsOf = (db: Database, table: string) => db.prepare(`SELECT * FROM ${table}`).all();

describe.each(testEngines)('rows the triggers guard stay as written, on %s', (engine) => {
  let db: Database;
  let close: () => void;
  beforeAll(() => {
    if (engine === 'sqlite') {
      const temp = makeTempDir();
      const opened = openDatabase(temp.file('store.sqlite'), { create: true });
      db = opened.db;
      close = () => {
        opened.db.close();
        temp.cleanup();
      };
    } else {
      const store = openPostgresTestStore();
      db = store.db;
      close = () => {
        store.db.close();
        store.database.drop();
      };
    }
    seedGuardedRows(db);
  }, 120_000);
  afterAll(() => close?.());

  it('every refusing trigger of the schema has a case here', () => {
    expect(triggerNames(db, engine)).toEqual(GUARDS.map((g) => g.trigger).sort());
  });

  it.each(GUARDS)('$trigger refuses: $write', ({ table, write, message }) => {
    const before = rowsOf(db, table);
    expect(before.length).toBeGreaterThan(0);
    let refusal: unknown;
    try {
      db.prepare(write).run();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toContain(message);
    expect((refusal as { code?: string }).code).toBe('SQLITE_CONSTRAINT_TRIGGER');
    expect(rowsOf(db, table)).toEqual(before);
  });

  it('a plan not yet drawn may still change: round_plans_fixed_after_draw fires only for a drawn round', () => {
    expect(db.prepare(`UPDATE round_plans SET updated_at = 'later' WHERE round_uid = ?`).run(UNDRAWN).changes).toBe(1);
  });

  it("a drawn plan's seed: the drawn-plan refusal speaks first on both engines", () => {
    expect(() => db.prepare(`UPDATE round_plans SET seed_note = '换种子' WHERE round_uid = ?`).run(DRAWN)).toThrow(
      "a drawn round's plan stays as it was drawn",
    );
  });
});
