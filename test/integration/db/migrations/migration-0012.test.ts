import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listTemplates } from '../../../../shared/domain/templates';
import { makeTempDir } from '../../../support/temp';
import { openAtVersion, rowCounts, seededAtVersion } from './database-at-version';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const HASH_A = 'a'.repeat(64);

function upgradedFrom11() {
  const file = temp.file('v11.sqlite');
  const old = seededAtVersion(file, 11, temp.dir);
  const assignmentsBefore = old.db.prepare('SELECT * FROM sync_assignments ORDER BY uid').all() as Record<string, unknown>[];
  const countsBefore = rowCounts(old.db);
  old.db.close();
  return { assignmentsBefore, countsBefore, ...openAtVersion(file, 12, temp.dir) };
}

describe('migration 0012: form versions, inspection pins, working calendars', () => {
  it('keeps every row; assignments gain an empty template_hash; the open adds the built-in forms and pins the inspections', () => {
    const { db, assignmentsBefore, countsBefore } = upgradedFrom11();
    const counts = rowCounts(db);
    for (const [table, count] of Object.entries(countsBefore)) expect(counts[table], table).toBe(count);
    // Not the migration (frozen SQL, no rows) but every writable open: db/builtin-form-templates.ts.
    expect(db.prepare('SELECT template_id, origin FROM form_templates ORDER BY template_id').all()).toEqual(
      listTemplates()
        .map((t) => ({ template_id: t.id, origin: 'builtin' }))
        .sort((a, b) => a.template_id.localeCompare(b.template_id)),
    );
    expect(counts['inspection_template_pins']).toBe(counts['inspections']);
    expect(db.prepare('SELECT * FROM sync_assignments ORDER BY uid').all()).toEqual(
      assignmentsBefore.map((row) => ({ ...row, template_hash: null })),
    );
    db.close();
  });

  it('a stored form version can be neither changed nor deleted, and id + version is unique', () => {
    const { db } = upgradedFrom11();
    const insert = db.prepare(
      `INSERT INTO form_templates (hash, template_id, template_version, title, canonical_json, origin, added_at) VALUES (?, 'f', ?, '表', '{}', 'imported', 'now')`,
    );
    insert.run(HASH_A, '1');
    expect(() => db.prepare(`UPDATE form_templates SET title = '改' WHERE hash = ?`).run(HASH_A)).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM form_templates WHERE hash = ?').run(HASH_A)).toThrow(/never deleted/);
    expect(() => insert.run('b'.repeat(64), '1')).toThrow(/UNIQUE/);
    expect(() => insert.run('B'.repeat(64), '2')).toThrow(/CHECK/);
    db.close();
  });

  it('a pin names an existing inspection and form version and is never changed', () => {
    const { db } = upgradedFrom11();
    db.prepare(
      `INSERT INTO form_templates (hash, template_id, template_version, title, canonical_json, origin, added_at) VALUES (?, 'f', '1', '表', '{}', 'builtin', 'now')`,
    ).run(HASH_A);
    // The open pinned the seeded inspections; this checks the table's own rules on a fresh pin.
    db.exec('DELETE FROM inspection_template_pins');
    const pin = db.prepare('INSERT INTO inspection_template_pins (inspection_id, template_hash) VALUES (?, ?)');
    pin.run(1, HASH_A);
    expect(() => pin.run(2, 'c'.repeat(64))).toThrow(/FOREIGN KEY/);
    expect(() => pin.run(999, HASH_A)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE inspection_template_pins SET template_hash = ? WHERE inspection_id = 1').run(HASH_A)).toThrow(
      /keeps the form version/,
    );
    db.close();
  });
});
