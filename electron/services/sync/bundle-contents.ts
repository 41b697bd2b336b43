import { z } from 'zod';
import { exportableInspectionStatuses } from '../../../shared/store/enums';
import { portableRowsSchema, roundsSchema, templatesSchema } from './pack-contents';

/** Entry names inside a result bundle (laptop → office). */
export const BUNDLE_ENTRIES = {
  audit: 'audit/log.json',
  /** The form version each inspection is scored with; absent in bundles of laptops from before form versions. */
  templatePins: 'data/template-pins.json',
  /** The content of every pinned version, so the office can store one it does not hold yet. */
  templates: 'data/templates.json',
  /** The rounds the inspections belong to (issue 15), so the office learns rounds a laptop opened. */
  rounds: 'data/rounds.json',
  /** remoteId → round, purpose and (follow-ups) the rectification and scope; a separate entry like the pins. */
  inspectionRounds: 'data/inspection-rounds.json',
  inspection: (remoteId: number) => `inspections/${remoteId}.json`,
  pdf: (remoteId: number, name: string) => `files/${remoteId}/pdf/${name}`,
  evidence: (remoteId: number, evidenceId: number) => `files/${remoteId}/evidence/${evidenceId}`,
} as const;

export const INSPECTION_ENTRY = /^inspections\/(\d{1,12})\.json$/;

const row = portableRowsSchema.element;

/**
 * One signed inspection as the laptop holds it: whole rows of its tables (status and updated_at left out: they
 * change on export and do not belong to the signed content). The office maps ids; `filing` is checked against
 * its own records.
 */
export const bundleInspectionSchema = z
  .object({
    remoteId: z.number().int().positive(),
    remoteParentId: z.number().int().positive().nullable(),
    assignmentUid: z
      .string()
      .regex(/^[0-9a-f]{32}$/)
      .nullable(),
    filing: z.object({ id: z.number().int().positive(), uscc: z.string(), filingNo: z.string() }).strict(),
    inspection: row,
    answers: z.array(row),
    draws: z.array(row),
    findings: z.array(row),
    signatures: z.array(row),
    evidence: z.array(row),
    files: z.array(
      z
        .object({ kind: z.enum(['pdf', 'evidence']), name: z.string().min(1).max(200), entry: z.string(), evidenceId: z.number().int().nullable() })
        .strict(),
    ),
  })
  .strict();
export type BundleInspection = z.infer<typeof bundleInspectionSchema>;

export const auditSegmentSchema = portableRowsSchema;

/** Statuses whose inspections travel (the window counts them too, before an export). */
export const EXPORTABLE_STATUSES = exportableInspectionStatuses;

/**
 * Pins travel in an entry of their own, not inside the inspection entries: an inspection's entry (and so the hash the
 * office recognises it by) stays the same whether or not the laptop that sent it knew about form versions.
 */
export const templatePinsSchema = z.array(
  z
    .object({
      remoteId: z.number().int().positive(),
      templateHash: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .strict(),
);

export const bundleTemplatesSchema = templatesSchema;

export const bundleRoundsSchema = roundsSchema;

/** Where each inspection belongs; inspections of laptops from before rounds are not listed (the office keys them as before). */
export const inspectionRoundsSchema = z.array(
  z
    .object({
      remoteId: z.number().int().positive(),
      roundUid: z.string().regex(/^[0-9a-f]{32}$/),
      purpose: z.enum(['assessment', 'followUp']),
      rectificationUid: z
        .string()
        .regex(/^[0-9a-f]{32}$/)
        .nullable(),
      scope: z.enum(['findings', 'full']).nullable(),
    })
    .strict()
    .refine((link) => (link.purpose === 'assessment') === (link.rectificationUid === null && link.scope === null), {
      message: 'a follow-up names its rectification and scope; an assessment names neither',
    }),
);
