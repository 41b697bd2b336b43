import { z } from 'zod';

/** Entry names inside an assignment pack (office → laptop). */
export const PACK_ENTRIES = {
  tables: 'data/tables.json',
  assignments: 'data/assignments.json',
  templates: 'data/templates.json',
  holidays: 'data/holidays.json',
  revoked: 'data/revoked-serials.json',
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
    })
    .strict(),
);

/** Every form version the assignments name, by hash; the laptop recomputes each hash before storing anything. */
export const templatesSchema = z.array(z.object({ hash: HASH, template: z.json() }).strict());

export const revokedSerialsSchema = z.array(z.string().regex(/^[0-9a-f]{2,64}$/));
