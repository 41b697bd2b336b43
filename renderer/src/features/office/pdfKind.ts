/** Report kinds whose file names start with the kind (reports:generate names them `<kind>-<id>-<time>.pdf`). */
const KNOWN_KINDS = ['sheet', 'appendix', 'application', 'stats'] as const;
export type PdfKind = (typeof KNOWN_KINDS)[number] | 'other';

/** What a signed PDF is, from its name, so the clerk reads 评分表 rather than sheet-12-20231105T083000Z.pdf. */
export function pdfKindOf(name: string): PdfKind {
  return KNOWN_KINDS.find((kind) => name.startsWith(`${kind}-`)) ?? 'other';
}
