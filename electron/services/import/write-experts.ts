import type { Database } from '../../../db/engine';
import {
  findExpertByCode,
  findExpertByIdNumber,
  getExpert,
  insertExpert,
  nextExpertCode,
  updateExpert,
  type ExpertInput,
  type ExpertRecord,
} from '../../../db/repositories/experts';
import type { PanelRole } from '../../../shared/domain/double-random/types';
import type { ExpertImportRecord } from '../../../shared/import/kinds';
import type { RowError } from '../../../shared/import/types';
import { refuseOnLaptop } from '../experts/office-only';
import { keepUnless, tally, type KindWriter, type Resolved, type WriteContext } from './writer';

/** The roles a row leaves the expert with: a column the file lacks keeps the stored flag. */
function rolesAfter(ctx: WriteContext, record: ExpertImportRecord, stored: ExpertRecord | null): PanelRole[] {
  const lead = keepUnless(ctx, ['canLead'], record.canLead, stored ? stored.roles.includes('lead') : record.canLead);
  const member = keepUnless(ctx, ['canMember'], record.canMember, stored ? stored.roles.includes('member') : record.canMember);
  return [...(lead ? (['lead'] as const) : []), ...(member ? (['member'] as const) : [])];
}

function expertInput(ctx: WriteContext, record: ExpertImportRecord, stored: ExpertRecord | null, code: string): ExpertInput {
  const keep = <T>(keys: string[], fromFile: T, storedValue: T | undefined): T =>
    stored ? keepUnless(ctx, keys, fromFile, storedValue as T) : fromFile;
  return {
    code,
    name: record.name,
    idNumber: record.idNumber,
    employerName: keep(['employerName'], record.employerName, stored?.employerName),
    employerUscc: keep(['employerUscc'], record.employerUscc, stored?.employerUscc),
    region: keep(['region'], record.region, stored?.region),
    specialties: keep(['specialties'], record.specialties, stored?.specialties),
    roles: rolesAfter(ctx, record, stored),
    active: keep(['status'], record.active, stored?.active),
    deviceKey: keep(['deviceKey'], record.deviceKey, stored?.deviceKey),
    conflicts: keep(['conflicts'], record.conflicts, stored?.conflicts),
  };
}

const ZJ_NUMBER = /^ZJ(\d+)$/;

/**
 * Hands out ZJ-numbers to new experts without a code: after the highest of the pool and of the file (a list numbered
 * by hand up to ZJ00007 continues with ZJ00008), skipping every code some row of the file gives.
 */
function codeDispenser(db: Database, reserved: ReadonlySet<string>): () => string {
  const highestInFile = Math.max(0, ...[...reserved].map((code) => Number(ZJ_NUMBER.exec(code)?.[1] ?? 0)));
  let next = Math.max(Number(nextExpertCode(db).slice(2)), highestInFile + 1);
  return () => {
    for (;;) {
      const code = `ZJ${String(next).padStart(5, '0')}`;
      next += 1;
      if (!reserved.has(code) && findExpertByCode(db, code) === null) return code;
    }
  };
}

/**
 * 专家库 (issue 16 §1). Experts are matched by 身份证号: an existing one is updated in place, its code kept unless the
 * file gives one, and columns missing from the file keep their stored values. Codes must be unique in the file and
 * may not belong to another expert of the pool; a laptop's database refuses the import.
 */
export const expertWriter: KindWriter<ExpertImportRecord, number | null> = {
  resolve(ctx, rows) {
    refuseOnLaptop(ctx.db);
    const ready: Resolved<ExpertImportRecord, number | null>[] = [];
    const errors: RowError[] = [];
    const firstRowOfCode = new Map<string, number>();
    for (const row of rows) {
      const { record } = row;
      const stored = findExpertByIdNumber(ctx.db, record.idNumber);
      const rowErrors: RowError[] = [];
      if (record.code !== null) {
        const firstRow = firstRowOfCode.get(record.code);
        const owner = findExpertByCode(ctx.db, record.code);
        if (firstRow !== undefined) {
          rowErrors.push({
            row: row.row,
            column: ctx.headerOf('code'),
            reason: { code: 'ROW_DUPLICATE', params: { firstRow, keyLabel: '专家编号' } },
          });
        } else if (owner !== null && owner.idNumber !== record.idNumber) {
          rowErrors.push({
            row: row.row,
            column: ctx.headerOf('code'),
            reason: { code: 'ROW_EXPERT_CODE_TAKEN', params: { code: record.code, name: owner.name } },
          });
        }
        if (firstRow === undefined) firstRowOfCode.set(record.code, row.row);
      }
      if (rolesAfter(ctx, record, stored).length === 0) {
        rowErrors.push({
          row: row.row,
          column: ctx.headerOf(ctx.present.has('canMember') ? 'canMember' : 'canLead'),
          reason: { code: 'ROW_EXPERT_NO_ROLE' },
        });
      }
      if (rowErrors.length > 0) errors.push(...rowErrors);
      else ready.push({ ...row, target: stored?.id ?? null });
    }
    return { ready, errors };
  },
  write(ctx, ready) {
    const { db } = ctx;
    const now = new Date().toISOString();
    const freshCode = codeDispenser(db, new Set(ready.flatMap(({ record }) => (record.code === null ? [] : [record.code]))));
    return tally(ready, ({ record, target }) => {
      const stored = target === null ? null : getExpert(db, target);
      const code = record.code ?? stored?.code ?? freshCode();
      const input = expertInput(ctx, record, stored, code);
      if (stored) updateExpert(db, stored.id, input, now);
      else insertExpert(db, input, now);
      return { created: stored === null };
    });
  },
};
