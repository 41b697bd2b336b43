import type { Migration } from './types';

/**
 * Where a filed_occupations row comes from (R-INS-03). 'filed': the filing's own scope. 'derived': the filing had no
 * scope, so the batch importer derived one from the batches. 'unfiled': an occupation only a batch names, outside
 * the filed scope; it holds no levels and exists so the batch can point at it — the scope is not widened, and the
 * out-of-scope evaluation stays visible (R-YQ-05 严重超出备案范围). Rows written before this migration count as filed.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'filed-scope-origin',
  up(db) {
    db.exec(`
      ALTER TABLE filed_occupations ADD COLUMN origin TEXT NOT NULL DEFAULT 'filed' CHECK (origin IN ('filed','derived','unfiled'));
    `);
  },
};
