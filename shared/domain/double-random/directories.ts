import { z } from 'zod';
import { AppError, argIssuesOf, argMessage } from '../../errors';
import { isIsoDate } from '../deadlines/plain-date';
import { compareCodePoints } from '../sampling/canonical';
import { HashingUtf8Writer, type HashFactory } from '../sampling/hashing-writer';
import { INSTITUTION_KINDS } from '../sampling/population';
import { SKILL_LEVELS } from '../validation/skill-level';
import {
  CONFLICT_RELATIONS,
  EXPERT_DIRECTORY_FORMAT,
  INSTITUTION_DIRECTORY_FORMAT,
  PANEL_ROLES,
  type DeclaredConflict,
  type DirectoryBatch,
  type DirectoryExpert,
  type DirectoryFiling,
  type ExpertDirectory,
  type InstitutionDirectory,
} from './types';

/*
 * Canonical form of the two directories, the one their hashes and every draw are computed from, so the order the
 * database, a file or a spreadsheet gives them in never matters:
 * - filings sorted by filingId; a filing's occupationCodes sorted by code point and distinct; its batches sorted by
 *   batchId;
 * - experts sorted by code (code point order); specialties and previousRoundUsccs sorted and distinct; roles distinct
 *   in PANEL_ROLES order; conflicts sorted by relation (CONFLICT_RELATIONS order), uscc, name (null first) and
 *   distinct;
 * - ties (a repeated filingId or code, which parse* rejects) fall back to the canonical JSON of the entries;
 * - serialised as JSON without spaces, keys in the order the types declare them (the builders below), strings
 *   escaped exactly as JSON.stringify does; the hash is SHA-256 (lower-case hex) of the UTF-8 bytes of
 *   {"format":…,"filings":[…]} or {"format":…,"experts":[…]}.
 */

function sortedDistinct(values: readonly string[]): string[] {
  const out = [...new Set(values)].sort(compareCodePoints);
  return out;
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareCodePoints(a, b);
}

function canonicalBatch(batch: DirectoryBatch): DirectoryBatch {
  return { batchId: batch.batchId, batchNo: batch.batchNo, occupationCode: batch.occupationCode, level: batch.level, examDate: batch.examDate };
}

function canonicalFiling(filing: DirectoryFiling): DirectoryFiling {
  return {
    filingId: filing.filingId,
    filingNo: filing.filingNo,
    uscc: filing.uscc,
    institutionName: filing.institutionName,
    listedName: filing.listedName,
    kind: filing.kind,
    region: filing.region,
    validTo: filing.validTo,
    occupationCodes: sortedDistinct(filing.occupationCodes),
    batches: filing.batches.map(canonicalBatch).sort((a, b) => a.batchId - b.batchId || compareCodePoints(JSON.stringify(a), JSON.stringify(b))),
  };
}

function canonicalConflicts(conflicts: readonly DeclaredConflict[]): DeclaredConflict[] {
  const seen = new Set<string>();
  const out: DeclaredConflict[] = [];
  for (const conflict of conflicts) {
    const canonical = { relation: conflict.relation, uscc: conflict.uscc, name: conflict.name };
    const key = JSON.stringify(canonical);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(canonical);
  }
  return out.sort(
    (a, b) =>
      CONFLICT_RELATIONS.indexOf(a.relation) - CONFLICT_RELATIONS.indexOf(b.relation) ||
      compareNullable(a.uscc, b.uscc) ||
      compareNullable(a.name, b.name),
  );
}

function canonicalExpert(expert: DirectoryExpert): DirectoryExpert {
  return {
    code: expert.code,
    name: expert.name,
    employerName: expert.employerName,
    employerUscc: expert.employerUscc,
    region: expert.region,
    specialties: sortedDistinct(expert.specialties),
    roles: PANEL_ROLES.filter((role) => expert.roles.includes(role)),
    active: expert.active,
    conflicts: canonicalConflicts(expert.conflicts),
    previousRoundUsccs: sortedDistinct(expert.previousRoundUsccs),
  };
}

/** Sorted, canonical copy of a directory of filings (the input is left as it is). */
export function canonicalInstitutionDirectory(directory: InstitutionDirectory): InstitutionDirectory {
  const filings = directory.filings.map(canonicalFiling);
  filings.sort((a, b) => a.filingId - b.filingId || compareCodePoints(JSON.stringify(a), JSON.stringify(b)));
  return { format: INSTITUTION_DIRECTORY_FORMAT, filings };
}

/** Sorted, canonical copy of a directory of experts (the input is left as it is). */
export function canonicalExpertDirectory(directory: ExpertDirectory): ExpertDirectory {
  const experts = directory.experts.map(canonicalExpert);
  experts.sort((a, b) => compareCodePoints(a.code, b.code) || compareCodePoints(JSON.stringify(a), JSON.stringify(b)));
  return { format: EXPERT_DIRECTORY_FORMAT, experts };
}

/** The canonical JSON texts (for tests, documentation and small directories). */
export function canonicalInstitutionDirectoryJson(directory: InstitutionDirectory): string {
  return JSON.stringify(canonicalInstitutionDirectory(directory));
}
export function canonicalExpertDirectoryJson(directory: ExpertDirectory): string {
  return JSON.stringify(canonicalExpertDirectory(directory));
}

/** Hashes a canonical directory entry by entry, so a province's directory is never one big string. */
function hashEntries(format: string, listKey: string, entries: readonly unknown[], newHash?: HashFactory): string {
  const writer = new HashingUtf8Writer(newHash?.()).text(`{"format":${JSON.stringify(format)},${JSON.stringify(listKey)}:[`);
  entries.forEach((entry, index) => {
    if (index > 0) writer.text(',');
    writer.text(JSON.stringify(entry));
  });
  return writer.text(']}').digestHex();
}

/** SHA-256 of the canonical JSON of the directory of filings (检查对象名录). `newHash`: e.g. node:crypto, same bytes. */
export function hashInstitutionDirectory(directory: InstitutionDirectory, newHash?: HashFactory): string {
  return hashEntries(INSTITUTION_DIRECTORY_FORMAT, 'filings', canonicalInstitutionDirectory(directory).filings, newHash);
}

/** SHA-256 of the canonical JSON of the directory of experts (检查人员名录). */
export function hashExpertDirectory(directory: ExpertDirectory, newHash?: HashFactory): string {
  return hashEntries(EXPERT_DIRECTORY_FORMAT, 'experts', canonicalExpertDirectory(directory).experts, newHash);
}

// ---------------------------------------------------------------------------------------------------------------
// Directories read from a file (`round verify --institutions … --experts …`): checked before anything is compared.
// ---------------------------------------------------------------------------------------------------------------

const text = z.string();
const nonEmpty = z.string().trim().min(1);
const isoDate = z.string().refine(isIsoDate, 'ARG_DATE_FORMAT');
const id = z.number().int().positive();

const batchSchema = z
  .object({ batchId: id, batchNo: text, occupationCode: nonEmpty, level: z.enum(SKILL_LEVELS), examDate: isoDate })
  .strict() satisfies z.ZodType<DirectoryBatch>;

const filingSchema = z
  .object({
    filingId: id,
    filingNo: text,
    uscc: text,
    institutionName: text,
    listedName: text,
    kind: z.enum(INSTITUTION_KINDS),
    region: text.nullable(),
    validTo: isoDate.nullable(),
    occupationCodes: z.array(nonEmpty),
    batches: z.array(batchSchema),
  })
  .strict() satisfies z.ZodType<DirectoryFiling>;

export const institutionDirectorySchema = z
  .object({
    format: z.literal(INSTITUTION_DIRECTORY_FORMAT, { error: argMessage('DIRECTORY_FORMAT', { format: INSTITUTION_DIRECTORY_FORMAT }) }),
    filings: z.array(filingSchema),
  })
  .strict()
  .superRefine((directory, ctx) => {
    const filingIds = new Set<number>();
    const batchIds = new Set<number>();
    directory.filings.forEach((filing, index) => {
      if (filingIds.has(filing.filingId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['filings', index, 'filingId'],
          message: argMessage('DIRECTORY_DUPLICATE_FILING', { id: filing.filingId }),
        });
      }
      filingIds.add(filing.filingId);
      filing.batches.forEach((batch, batchIndex) => {
        if (batchIds.has(batch.batchId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['filings', index, 'batches', batchIndex, 'batchId'],
            message: argMessage('DIRECTORY_DUPLICATE_BATCH', { id: batch.batchId }),
          });
        }
        batchIds.add(batch.batchId);
      });
    });
  }) satisfies z.ZodType<InstitutionDirectory>;

const conflictSchema = z
  .object({ relation: z.enum(CONFLICT_RELATIONS), uscc: text.nullable(), name: text.nullable() })
  .strict() satisfies z.ZodType<DeclaredConflict>;

const expertSchema = z
  .object({
    code: nonEmpty,
    name: text,
    employerName: text.nullable(),
    employerUscc: text.nullable(),
    region: text.nullable(),
    specialties: z.array(nonEmpty),
    roles: z.array(z.enum(PANEL_ROLES)),
    active: z.boolean(),
    conflicts: z.array(conflictSchema),
    previousRoundUsccs: z.array(nonEmpty),
  })
  .strict() satisfies z.ZodType<DirectoryExpert>;

export const expertDirectorySchema = z
  .object({
    format: z.literal(EXPERT_DIRECTORY_FORMAT, { error: argMessage('DIRECTORY_FORMAT', { format: EXPERT_DIRECTORY_FORMAT }) }),
    experts: z.array(expertSchema),
  })
  .strict()
  .superRefine((directory, ctx) => {
    const codes = new Set<string>();
    directory.experts.forEach((expert, index) => {
      if (codes.has(expert.code)) {
        ctx.addIssue({ code: 'custom', path: ['experts', index, 'code'], message: argMessage('DIRECTORY_DUPLICATE_EXPERT', { code: expert.code }) });
      }
      codes.add(expert.code);
    });
  }) satisfies z.ZodType<ExpertDirectory>;

function invalid(code: 'INSTITUTION_DIRECTORY_INVALID' | 'EXPERT_DIRECTORY_INVALID', error: z.ZodError): AppError {
  return new AppError(code, { count: error.issues.length }, error.issues, argIssuesOf(error).slice(0, 5));
}

/** A directory of filings from outside (a file); AppError INSTITUTION_DIRECTORY_INVALID names the first bad fields. */
export function parseInstitutionDirectory(data: unknown): InstitutionDirectory {
  const result = institutionDirectorySchema.safeParse(data);
  if (!result.success) throw invalid('INSTITUTION_DIRECTORY_INVALID', result.error);
  return result.data;
}

/** A directory of experts from outside (a file); AppError EXPERT_DIRECTORY_INVALID names the first bad fields. */
export function parseExpertDirectory(data: unknown): ExpertDirectory {
  const result = expertDirectorySchema.safeParse(data);
  if (!result.success) throw invalid('EXPERT_DIRECTORY_INVALID', result.error);
  return result.data;
}
