import type { Problem } from '../templates/problems';
import type { Template } from '../templates/types';
import { validateTemplate } from '../templates/validate';
import { readFormSheets } from './compile-sheets';
import type { FormPlace, FormProblem } from './form-problem';
import { FORM_SHEETS, type FormSheet } from './sheets';
import { placeOf, type SourceMap } from './source-map';

export interface FormCompilation {
  /** Present when the form has no errors (warnings allowed): the template to store or use. */
  template?: Template;
  problems: FormProblem[];
  sourceMap: SourceMap;
}

/**
 * Compiles the sheets of a form workbook (docs/form-format.md) into a Template and validates it; every problem names
 * the sheet, row and column it is about. Cell problems come first; validation runs only once every cell was read.
 */
export function compileFormSheets(sheets: readonly FormSheet[]): FormCompilation {
  const read = readFormSheets(sheets);
  if (!read.template) return { problems: read.problems, sourceMap: read.sourceMap };
  const report = validateTemplate(read.template);
  const problems = [
    ...read.problems,
    ...report.errors.map((p) => formProblemOf(p, 'error', read.sourceMap, read.template)),
    ...report.warnings.map((p) => formProblemOf(p, 'warning', read.sourceMap, read.template)),
  ];
  const failed = problems.some((p) => p.severity === 'error');
  return failed ? { problems, sourceMap: read.sourceMap } : { template: read.template, problems, sourceMap: read.sourceMap };
}

const CHECK_CODES = new Set([
  'MALFORMED',
  'DUPLICATE_ID',
  'BAD_POINTS',
  'TIER_OUTSIDE_MAX',
  'NO_FULL_MARKS',
  'RATIO_GAP',
  'RATIO_OVERLAP',
  'RATIO_RANGE',
  'UNKNOWN_UNIT',
  'BAD_REFERENCE',
  'GROUP_SUM',
  'SECTION_SUM',
  'DECLARED_TOTAL',
  'PASS_MARK',
]);

/** A validation Problem as a FormProblem: located through the source map when a map is given. */
export function formProblemOf(p: Problem, severity: FormProblem['severity'], map?: SourceMap, data?: Template): FormProblem {
  // A problem worded through the registry keeps its own code, so it reads in the interface language.
  const base: FormProblem =
    p.reason !== undefined
      ? { severity, code: p.reason, params: p.params ?? {}, check: p.code }
      : { severity, code: CHECK_CODES.has(p.code) ? `FORM_CHECK_${p.code}` : 'FORM_CHECK_OTHER', params: { message: p.message }, check: p.code };
  const locator = p.at ?? (p.path !== undefined && data ? locatorOfPath(data, p.path) : undefined) ?? fallbackLocator(p, map);
  if (p.at !== undefined) base.at = p.at;
  else if (p.path !== undefined) base.at = p.path;
  if (!map || locator === undefined) return base;
  const place: FormPlace | undefined = placeOf(map, locator) ?? sheetOfLocator(locator);
  return place ? { ...base, ...place } : base;
}

/** Without `at`: the element the Problem's id names, or the form field its code is about. */
function fallbackLocator(p: Problem, map: SourceMap | undefined): string | undefined {
  if (p.code === 'DECLARED_TOTAL') return 'form:declaredTotal';
  if (p.code === 'PASS_MARK') return 'form:passMark';
  if (p.id === undefined || !map) return undefined;
  const kinds = p.code === 'SECTION_SUM' ? ['section'] : p.code === 'GROUP_SUM' ? ['group'] : ['item', 'section', 'group', 'penalty', 'veto', 'fact'];
  return kinds.map((kind) => `${kind}:${p.id}`).find((locator) => locator in map);
}

const SHEET_OF_KIND: Record<string, string> = {
  form: FORM_SHEETS.header.name,
  section: FORM_SHEETS.sections.name,
  group: FORM_SHEETS.groups.name,
  item: FORM_SHEETS.items.name,
  tier: FORM_SHEETS.tiers.name,
  rule: FORM_SHEETS.rules.name,
  bracket: FORM_SHEETS.brackets.name,
  unitTier: FORM_SHEETS.unitTiers.name,
  penalty: FORM_SHEETS.penalties.name,
  veto: FORM_SHEETS.vetoes.name,
  fact: FORM_SHEETS.facts.name,
  label: FORM_SHEETS.labels.name,
  summary: FORM_SHEETS.labels.name,
  outcome: FORM_SHEETS.outcome.name,
  sampling: FORM_SHEETS.sampling.name,
  finding: FORM_SHEETS.findings.name,
  column: FORM_SHEETS.columns.name,
  columnGroup: FORM_SHEETS.columnGroups.name,
  header: FORM_SHEETS.headerFields.name,
};

/** The sheet a locator's kind lives on, when the element itself is not in the map (e.g. an empty list). */
function sheetOfLocator(locator: string): FormPlace | undefined {
  const sheet = SHEET_OF_KIND[locator.slice(0, locator.indexOf(':'))];
  return sheet ? { sheet } : undefined;
}

/**
 * The locator of the deepest element a zod path ("sections[0].groups[1].items[2].maxPoints") points into, so a
 * structural problem is placed on its row.
 */
export function locatorOfPath(data: Template, path: string): string | undefined {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let locator: string | undefined;
  let node: unknown = data;
  let itemId: string | undefined;
  let scoringKind: unknown;
  const idAt = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : undefined);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] ?? '';
    const parent = keys[index - 1];
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    const id = idAt(node);
    const position = /^\d+$/.test(key);
    if (key === 'scoring' && node && typeof node === 'object') scoringKind = (node as { kind?: unknown }).kind;
    if (!position) {
      if (index === 0 && keys.length === 1) locator = `form:${key}`;
      else if (parent === undefined) locator = `form:${key}`;
      else if (locator?.startsWith('item:') && !locator.includes('/') && locator.split(':').length === 2) locator = `${locator}:${key}`;
      continue;
    }
    const grand = keys[index - 2];
    if (parent === 'sections' && id) locator = `section:${id}`;
    else if (parent === 'groups' && id) locator = `group:${id}`;
    else if (parent === 'items' && id) locator = `item:${(itemId = id)}`;
    else if (parent === 'tiers' && itemId && id) locator = `${scoringKind === 'unitRatioDeduction' ? 'unitTier' : 'tier'}:${itemId}/${id}`;
    else if (parent === 'rules' && grand === 'scoring' && itemId && id) locator = `rule:${itemId}/${id}`;
    else if (parent === 'brackets' && itemId && id) locator = `bracket:${itemId}/${id}`;
    else if (parent === 'penalties' && id) locator = `penalty:${id}`;
    else if (parent === 'vetoes' && id) locator = `veto:${id}`;
    else if (parent === 'contextFacts' && id) locator = `fact:${id}`;
    else if (parent === 'rules' && grand === 'outcome') locator = `outcome:${key}`;
    else if (parent === 'sampling') locator = `sampling:${key}`;
    else if (parent === 'autoFindings') locator = `finding:${key}`;
    else if (parent === 'columns') locator = `column:${key}`;
    else if (parent === 'columnGroups') locator = `columnGroup:${key}`;
    else if (parent === 'headerFields') locator = `header:${key}`;
  }
  return locator;
}
