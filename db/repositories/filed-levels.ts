import type { Database } from '../engine';
import { skillLevels, type SkillLevel } from '../../shared/store/enums';
import { inTransaction, statement } from '../sql';

/** Replaces the levels filed for one occupation (R-INS-04). */
export function replaceFiledLevels(db: Database, filedOccupationId: number, levels: readonly SkillLevel[]): void {
  inTransaction(db, () => {
    statement(db, 'DELETE FROM filed_levels WHERE filed_occupation_id = ?').run(filedOccupationId);
    // Plain INSERT over de-duplicated levels: OR IGNORE would also swallow CHECK violations.
    const insert = statement(db, 'INSERT INTO filed_levels (filed_occupation_id, level) VALUES (?, ?)');
    for (const level of new Set(levels)) insert.run(filedOccupationId, level);
  });
}

/** Levels in the national order (学徒工, 五级 … 一级, 特级技师, 首席技师). */
export function listFiledLevels(db: Database, filedOccupationId: number): SkillLevel[] {
  return statement<{ level: SkillLevel }>(db, 'SELECT level FROM filed_levels WHERE filed_occupation_id = ?')
    .all(filedOccupationId)
    .map((row) => row.level)
    .sort((a, b) => skillLevels.indexOf(a) - skillLevels.indexOf(b));
}
