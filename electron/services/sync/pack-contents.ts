import { z } from 'zod';
import { PANEL_ROLES } from '../../../shared/domain/double-random/types';
import { FOLLOW_UP_SCOPES } from '../../../shared/domain/rounds/types';

/** Entry names inside an assignment pack (office → laptop). */
export const PACK_ENTRIES = {
  tables: 'data/tables.json',
  assignments: 'data/assignments.json',
  templates: 'data/templates.json',
  holidays: 'data/holidays.json',
  revoked: 'data/revoked-serials.json',
  /** The rounds the assignments name (issue 15); absent in packs of offices from before rounds. */
  rounds: 'data/rounds.json',
  /** The rectifications the follow-up assignments re-check (a read-only copy for the laptop). */
  rectifications: 'data/rectifications.json',
  /** Earlier rounds of the assigned filings as the office holds them (score, outcome, decision), with their signed PDFs. */
  history: 'data/history.json',
  historyPdf: (entryNo: number, name: string) => `history/${entryNo}/${name}`,
  caCertificate: 'certs/ca.pem',
} as const;

/** Order matters: parents before children, so foreign keys hold while loading. */
export const PACK_TABLES = ['institutions', 'filings', 'filed_occupations', 'filed_levels', 'batches', 'candidates'] as const;
export type PackTable = (typeof PACK_TABLES)[number];

/** Primary key of each pack table (filed_levels has a composite one). */
export const PACK_TABLE_KEYS: Record<PackTable, readonly string[]> = {
  institutions: ['id'],
  filings: ['id'],
  filed_occupations: ['id'],
  filed_levels: ['filed_occupation_id', 'level'],
  batches: ['id'],
  candidates: ['id'],
};

const HASH = z.string().regex(/^[0-9a-f]{64}$/);
const UID = z.string().regex(/^[0-9a-f]{32}$/);

const rowValue = z.union([z.string(), z.number(), z.null(), z.object({ $base64: z.string() }).strict()]);
export const portableRowsSchema = z.array(z.record(z.string(), rowValue));

export const packTablesSchema = z
  .object(Object.fromEntries(PACK_TABLES.map((t) => [t, portableRowsSchema])) as Record<PackTable, typeof portableRowsSchema>)
  .strict();

export const assignmentsSchema = z.array(
  z
    .object({
      uid: z.string().regex(/^[0-9a-f]{32}$/),
      deviceKey: z.string(),
      filingId: z.number().int().positive(),
      templateId: z.string().min(1).max(100),
      templateVersion: z.string().min(1).max(40),
      /** The form version to score with; its content is in the templates entry. */
      templateHash: HASH,
      createdAt: z.string(),
      /** The round the filing is assessed in (issue 15); packs from before rounds leave these out. */
      roundUid: UID.nullable().default(null),
      /** A follow-up assignment: the rectification to re-check and how much of the form. */
      rectificationUid: UID.nullable().default(null),
      scope: z.enum(FOLLOW_UP_SCOPES).nullable().default(null),
      /** The drawn panel, leader first (issue 16); packs from before 双随机 leave it out. */
      panel: z
        .array(z.object({ name: z.string().min(1).max(100), role: z.enum(PANEL_ROLES) }).strict())
        .min(1)
        .max(11)
        .nullable()
        .default(null),
    })
    .strict(),
);

export const roundsSchema = z.array(
  z
    .object({
      uid: UID,
      name: z.string().min(1).max(200),
      year: z.number().int().min(2000).max(2100),
      origin: z.enum(['office', 'device', 'received']),
      openedBy: z.string().min(1).max(200),
      openedAt: z.string(),
    })
    .strict(),
);

const finding = z
  .object({
    key: z.string().min(1).max(100),
    kind: z.enum(['condition', 'deduction', 'penalty', 'veto']),
    refId: z.string().min(1).max(100),
    label: z.string().min(1).max(2000),
    pointsLostHundredths: z.number().int().nullable(),
    notes: z.array(z.string().max(4000)),
  })
  .strict();

/** A rectification as the office sends it for a follow-up (its responses and decision stay at the office). */
export const packRectificationsSchema = z.array(
  z
    .object({
      uid: UID,
      filingId: z.number().int().positive(),
      roundUid: UID.nullable(),
      templateHash: HASH,
      outcomeCategory: z.string().min(1).max(40),
      outcomeLabel: z.string().min(1).max(200),
      inspectionDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      scoreHundredths: z.number().int().nullable(),
      findings: z.array(finding),
      baseAnswers: z.array(z.object({ item_id: z.string().min(1).max(40), payload_json: z.string() }).strict()),
      deadlineRule: z.object({ unit: z.enum(['months', 'workingDays']), count: z.number().int().positive() }).strict(),
      dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      basis: z.string().min(1).max(2000),
      openedBy: z.string().min(1).max(200),
      openedAt: z.string(),
    })
    .strict(),
);

/** One earlier inspection of an assigned filing, as the office holds it; `pdfs` name entries under history/. */
export const packHistorySchema = z.array(
  z
    .object({
      entryNo: z.number().int().positive(),
      filingId: z.number().int().positive(),
      roundUid: UID.nullable(),
      purpose: z.enum(['assessment', 'followUp']),
      scope: z.enum(FOLLOW_UP_SCOPES).nullable(),
      inspectionDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      revision: z.number().int().positive(),
      templateId: z.string().min(1).max(100),
      templateVersion: z.string().min(1).max(40),
      scoreHundredths: z.number().int().nullable(),
      outcomeLabel: z.string().max(200).nullable(),
      decisionLabel: z.string().max(200).nullable(),
      pdfs: z.array(z.string().regex(/^[^/\\:]{1,200}$/)),
    })
    .strict(),
);

/** Every form version the assignments name, by hash; the laptop recomputes each hash before storing anything. */
export const templatesSchema = z.array(z.object({ hash: HASH, template: z.json() }).strict());

export const revokedSerialsSchema = z.array(z.string().regex(/^[0-9a-f]{2,64}$/));
