import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../../db/migrations';
import { openDatabase } from '../../../../db/open';
import { makeTempDir } from '../../../support/temp';
import { rowCounts, schemaSnapshot, seededAtVersion } from './database-at-version';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

function freshSchema() {
  const { db } = openDatabase(temp.file('fresh.sqlite'), { create: true });
  try {
    return schemaSnapshot(db);
  } finally {
    db.close();
  }
}

const earlierVersions = Array.from({ length: latestSchemaVersion }, (_, version) => version);

describe('a database upgraded from any earlier version has exactly the schema of a fresh one', () => {
  it('the fresh schema is what the comparison looks at (tables, indexes, triggers, views; columns and keys per table)', () => {
    const fresh = freshSchema();
    expect(fresh.userVersion).toBe(latestSchemaVersion);
    expect(new Set(fresh.master.map((row) => row.type))).toEqual(new Set(['table', 'index', 'trigger', 'view']));
    expect(fresh.tables.filed_occupations?.columns).toContainEqual(expect.objectContaining({ name: 'origin', dflt_value: "'filed'", notnull: 1 }));
  });

  it.each(earlierVersions)('from version %i, with data, reopened through openDatabase', (version) => {
    const file = temp.file(`v${version}.sqlite`);
    const old = seededAtVersion(file, version, temp.dir);
    expect(old.db.pragma('user_version', { simple: true })).toBe(version);
    const countsBefore = rowCounts(old.db);
    old.db.close();

    const { db, migration } = openDatabase(file, { create: true, dataDir: temp.dir });
    try {
      expect(migration).toMatchObject({ from: version, to: latestSchemaVersion });
      expect(schemaSnapshot(db)).toEqual(freshSchema());
      expect(rowCounts(db)).toEqual(expect.objectContaining(countsBefore));
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });
});
