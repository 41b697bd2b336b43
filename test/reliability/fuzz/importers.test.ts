import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitImport } from '../../../electron/services/import/commit';
import { parseImportFile } from '../../../electron/services/import/parse-file';
import { importLimits } from '../../../shared/import/limits';
import { errorText, isAppError } from '../../../shared/errors';
import type { ImportKind, RowError } from '../../../shared/import/types';
import { makeTestContext, type TestContext } from '../../support/context';
import { dumpDatabase } from '../../support/dump';
import { seedInstitution } from '../../support/store-fixtures';
import { countFromEnv, recordCheck, Violations } from '../support/record-check';
import { seedFor } from './hostile-values';
import { importKinds, mutatedWorkbook, randomCsvBytes, structuredCsv } from './import-inputs';

// CSV: 10,000 in CI. XLSX: 10,000 too (≈ 2 ms each through exceljs' streaming reader, measured on two cores).
const CSV_RUNS = countFromEnv('CSV_FUZZ_RUNS', 10_000, 100_000);
const XLSX_RUNS = countFromEnv('XLSX_FUZZ_RUNS', 10_000, 50_000);
const CJK = /[\u4e00-\u9fff]/;
const FUZZ_LIMITS = { ...importLimits, stallMs: 1000 };
/** The refusals that are about rows: they must name each row and column. */
const ROW_CODES = new Set(['IMPORT_INVALID', 'IMPORT_CSV_SYNTAX']);

const fixtures = resolve(import.meta.dirname, '../../fixtures/import');
const workbooks: Record<ImportKind, Uint8Array> = {
  institutions: readFileSync(resolve(fixtures, 'institutions-official.xlsx')),
  batches: readFileSync(resolve(fixtures, 'batches.xlsx')),
  candidates: readFileSync(resolve(fixtures, 'candidates.xlsx')),
  experts: readFileSync(resolve(fixtures, 'experts.xlsx')),
};

let ctx: TestContext;
beforeAll(() => {
  ctx = makeTestContext();
  seedInstitution(ctx.db);
});
afterAll(() => ctx.cleanup());

const totalChanges = (): number => (ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

interface Tally {
  accepted: number;
  rejected: number;
  codes: Map<string, number>;
}

/** One file through the real importer (parse, check, commit): accepted cleanly, or refused as the rules say. */
async function importAndCheck(kind: ImportKind, bytes: Uint8Array, extension: string, found: Violations, tally: Tally): Promise<void> {
  const path = resolve(ctx.dataDir, `case.${extension}`);
  writeFileSync(path, bytes);
  const before = totalChanges();
  const dump = found.count === 0 && tally.rejected % 500 === 0 ? dumpDatabase(ctx.db) : null;
  const shown = () => `${kind} ${extension} ${Buffer.from(bytes).subarray(0, 80).toString('hex')}…`;
  try {
    // importFile's two steps, with a short stall limit so a workbook that hangs the reader costs 1 s, not 15.
    const summary = commitImport(ctx, await parseImportFile(kind, path, { limits: FUZZ_LIMITS }), { validOnly: false });
    tally.accepted += 1;
    if (summary.errors.length > 0) found.add(`${shown()}: accepted with row errors`);
    // Accepted imports leave a backup each; they are not what is being tested here.
    rmSync(resolve(ctx.dataDir, 'backups'), { recursive: true, force: true });
    return;
  } catch (error) {
    tally.rejected += 1;
    if (!isAppError(error)) {
      found.add(`${shown()}: threw a non-AppError ${error instanceof Error ? error.stack : String(error)}`);
      return;
    }
    tally.codes.set(error.code, (tally.codes.get(error.code) ?? 0) + 1);
    if (!/^IMPORT_[A-Z_]+$/.test(error.code) || error.code === 'IMPORT_INTERNAL') found.add(`${shown()}: code ${error.code}`);
    if (!CJK.test(error.message)) found.add(`${shown()}: message not in Chinese: ${error.message}`);
    if (ROW_CODES.has(error.code)) {
      const errors = (error.details as { errors?: RowError[] } | undefined)?.errors ?? [];
      if (errors.length === 0) found.add(`${shown()}: ${error.code} without row errors`);
      for (const problem of errors.slice(0, 50)) {
        if (!(problem.row >= 1) || problem.column.length === 0 || !CJK.test(errorText(problem.reason.code, problem.reason.params)))
          found.add(`${shown()}: row error without row/column: ${JSON.stringify(problem)}`);
      }
    }
  }
  if (totalChanges() !== before) found.add(`${shown()}: a refused file changed the database`);
  if (dump !== null && dumpDatabase(ctx.db) !== dump) found.add(`${shown()}: a refused file changed the table contents`);
}

function record(id: string, title: string, cases: number, found: Violations, tally: Tally, seconds: number, how: string): void {
  const codes = [...tally.codes.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  recordCheck({
    id,
    title,
    cases,
    failures: found.count,
    seconds,
    note: `${how}; ${tally.accepted} accepted, ${tally.rejected} refused (${codes}). Checked: AppError only, IMPORT_* code, Chinese message, row+column on row errors, database unchanged on refusal.`,
    examples: found.examples,
  });
}

describe('fuzzing the importers (parse → check → commit, real SQLite)', () => {
  it(`CSV: ${CSV_RUNS} structured random tables and random bytes`, async () => {
    const started = performance.now();
    const found = new Violations();
    const tally: Tally = { accepted: 0, rejected: 0, codes: new Map() };
    const input = fc.constantFrom(...importKinds).chain((kind) => fc.tuple(fc.constant(kind), fc.oneof(structuredCsv(kind), randomCsvBytes(kind))));
    await fc.assert(
      fc.asyncProperty(input, async ([kind, bytes]) => importAndCheck(kind, bytes, 'csv', found, tally)),
      { numRuns: CSV_RUNS, seed: seedFor('csv-importer') },
    );
    record(
      'fuzz-csv',
      'Fuzzing: CSV importer',
      CSV_RUNS,
      found,
      tally,
      (performance.now() - started) / 1000,
      'structured tables in UTF-8/BOM/GBK/UTF-16 and random bytes, fixed seed',
    );
    expect(found.examples).toEqual([]);
  });

  it(`XLSX: ${XLSX_RUNS} mutations of valid workbooks`, async () => {
    const started = performance.now();
    const found = new Violations();
    const tally: Tally = { accepted: 0, rejected: 0, codes: new Map() };
    const input = fc.constantFrom(...importKinds).chain((kind) => fc.tuple(fc.constant(kind), mutatedWorkbook(workbooks[kind])));
    await fc.assert(
      fc.asyncProperty(input, async ([kind, bytes]) => importAndCheck(kind, bytes, 'xlsx', found, tally)),
      { numRuns: XLSX_RUNS, seed: seedFor('xlsx-importer') },
    );
    record(
      'fuzz-xlsx',
      'Fuzzing: XLSX importer',
      XLSX_RUNS,
      found,
      tally,
      (performance.now() - started) / 1000,
      'byte flips and truncation of the zip; XML byte edits, hostile XML snippets (XXE, huge refs, bad rows) and dropped entries re-zipped; fixed seed',
    );
    expect(found.examples).toEqual([]);
  });
});
