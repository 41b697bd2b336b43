import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../../db/audit-verify';
import { openDatabase } from '../../../../db/open';
import { saveAnswer } from '../../../../db/repositories/answers';
import { GENESIS_HASH, hashAuditEntry } from '../../../../db/audit-hash';
import { makeTempDir } from '../../../support/temp';
import { openAtVersion, seededAtVersion } from './database-at-version';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

/** A version-10 database with a log entry hashed as a version-10 app hashed it (no state), then exactly 0011. */
function migratedFromVersion10() {
  const file = temp.file('v10.sqlite');
  const old = seededAtVersion(file, 10, temp.dir);
  old.db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log;');
  const fields = {
    seq: 1,
    at: '2023-09-05T08:00:00.000Z',
    actor: '李评估',
    inspectionId: 1,
    entity: 'answer',
    entityId: '1:1.1.1',
    itemId: '1.1.1',
    action: 'create' as const,
    oldJson: null,
    newJson: '{"choice":"yes"}',
    reason: null,
    prevHash: GENESIS_HASH,
  };
  const hash = hashAuditEntry(fields);
  old.db
    .prepare(
      `INSERT INTO audit_log (seq, at, actor, inspection_id, entity, entity_id, item_id, action, old_json, new_json, reason, prev_hash, hash)
              VALUES (1, ?, ?, 1, 'answer', ?, ?, 'create', NULL, ?, NULL, ?, ?)`,
    )
    .run(fields.at, fields.actor, fields.entityId, fields.itemId, fields.newJson, GENESIS_HASH, hash);
  old.db
    .prepare("INSERT INTO app_meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    .run(`1:${hash}`);
  const logBefore = old.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, unknown>[];
  old.db.close();
  return { file, logBefore, ...openAtVersion(file, 11, temp.dir) };
}

describe('migration 0011: audit_log.state_json', () => {
  it('entries written before it keep every column and have no state (NULL)', () => {
    const { db, migration, logBefore } = migratedFromVersion10();
    expect(migration.applied).toEqual(['0011-audit-state']);
    expect(db.prepare('SELECT * FROM audit_log ORDER BY seq').all()).toEqual(logBefore.map((row) => ({ ...row, state_json: null })));
    db.close();
  });

  it('a state must be valid JSON', () => {
    const { db } = migratedFromVersion10();
    db.exec('DROP TRIGGER audit_log_no_update');
    expect(() => db.prepare("UPDATE audit_log SET state_json = 'not json' WHERE seq = 1").run()).toThrow(/CHECK/);
    db.close();
  });

  it('an upgraded log without states verifies; the next change carries one and binds the rows from then on', () => {
    const { file, db } = migratedFromVersion10();
    db.close();
    const latest = openDatabase(file, { dataDir: temp.dir }).db;
    expect(verifyAuditLog(latest).ok).toBe(true);
    latest.prepare("UPDATE inspections SET status = 'draft' WHERE id = 1").run();
    saveAnswer(latest, { inspectionId: 1, itemId: '1.1.2', answer: { choice: 'no' }, actor: '李评估' });
    expect(latest.prepare('SELECT state_json IS NOT NULL FROM audit_log WHERE seq = 2').pluck().get()).toBe(1);
    expect(verifyAuditLog(latest).ok).toBe(true);
    latest.prepare('UPDATE answers SET payload_json = \'{"choice":"yes"}\' WHERE inspection_id = 1 AND item_id = \'1.1.2\'').run();
    expect(verifyAuditLog(latest).firstProblem?.reason).toMatch(/评估项 1\.1\.2/);
    latest.close();
  });
});
