import { idList } from './cells';
import type { FormProblem } from './form-problem';
import { FORM_SHEETS, HEADER_FIELDS, OPTIONAL_HEADER_FIELDS, type FormSheet, type FormSheetKey, type HeaderField } from './sheets';
import type { SourceEntry, SourceMap } from './source-map';
import { FormTable, type FormRow } from './table';
import {
  CATEGORY_WORDS,
  COLUMN_WORDS,
  CONDITION_WORDS,
  FINDING_WORDS,
  RECTIFICATION_WORDS,
  SCORING_WORDS,
  TARGET_WORDS,
  TRACK_WORDS,
  UNIT_RATIO_WORDS,
  UNIT_WORDS,
  valueOfWord,
} from './words';
import type { SamplingRuleId } from '../sampling/sampling-rules';
import type {
  AutoFindingTarget,
  Group,
  Item,
  ItemScoring,
  OutcomeCategory,
  OutcomeRule,
  OutcomeTrack,
  PrintColumn,
  Section,
  Template,
} from '../templates/types';

export interface SheetsCompilation {
  /** The template the sheets describe, when every cell could be read (it may still fail validation). */
  template?: Template;
  problems: FormProblem[];
  sourceMap: SourceMap;
}

/** Reads the sheets of a form workbook into a Template, without validating it (compileFormSheets does both). */
export function readFormSheets(sheets: readonly FormSheet[]): SheetsCompilation {
  const problems: FormProblem[] = [];
  const sourceMap: SourceMap = {};
  const byName = new Map(sheets.map((sheet) => [sheet.name.trim(), sheet]));
  const table = (key: FormSheetKey) => new FormTable(FORM_SHEETS[key], byName.get(FORM_SHEETS[key].name), problems);
  const put = (locator: string, row: FormRow) => {
    if (!(locator in sourceMap)) sourceMap[locator] = row.entry();
  };

  const header = readHeader(table('header'), sourceMap, problems);

  const sections: Section[] = [];
  const sectionById = new Map<string, Section>();
  for (const row of table('sections').rows()) {
    const section: Section = { id: row.word('id'), title: row.text('title'), declaredMax: row.points('declaredMax'), groups: [] };
    sections.push(section);
    if (!sectionById.has(section.id)) sectionById.set(section.id, section);
    put(`section:${section.id}`, row);
  }

  const groupById = new Map<string, Group>();
  for (const row of table('groups').rows()) {
    const sectionId = row.word('sectionId');
    const group: Group = { id: row.word('id'), title: row.optText('title'), declaredMax: row.optPoints('declaredMax'), items: [] };
    const section = sectionById.get(sectionId);
    if (section) section.groups.push(group);
    else row.fail('sectionId', 'FORM_UNKNOWN_PARENT', { text: sectionId, sheet: FORM_SHEETS.sections.name });
    if (!groupById.has(group.id)) groupById.set(group.id, group);
    put(`group:${group.id}`, row);
  }

  const itemById = new Map<string, Item>();
  for (const row of table('items').rows()) {
    const groupId = row.word('groupId');
    const item: Item = {
      id: row.word('id'),
      content: row.text('content'),
      method: row.optText('method'),
      scoringRule: row.text('scoringRule'),
      maxPoints: row.points('maxPoints'),
      scoring: readItemScoring(row),
    };
    const group = groupById.get(groupId);
    if (group) group.items.push(item);
    else row.fail('groupId', 'FORM_UNKNOWN_PARENT', { text: groupId, sheet: FORM_SHEETS.groups.name });
    if (!itemById.has(item.id)) itemById.set(item.id, item);
    put(`item:${item.id}`, row);
  }

  /** The scoring of the item a detail row belongs to, when it is of the kind the detail sheet is for. */
  const scoringOf = <K extends ItemScoring['kind']>(row: FormRow, kind: K): Extract<ItemScoring, { kind: K }> | undefined => {
    const itemId = row.word('itemId');
    const item = itemById.get(itemId);
    if (!item) {
      row.fail('itemId', 'FORM_UNKNOWN_PARENT', { text: itemId, sheet: FORM_SHEETS.items.name });
      return undefined;
    }
    if (item.scoring.kind !== kind) {
      row.fail('itemId', 'FORM_WRONG_SCORING', { text: itemId, scoring: SCORING_WORDS[kind] });
      return undefined;
    }
    return item.scoring as Extract<ItemScoring, { kind: K }>;
  };

  for (const row of table('tiers').rows()) {
    const tier = { id: row.word('id'), label: row.text('label'), min: row.points('min'), max: row.points('max') };
    scoringOf(row, 'tiered')?.tiers.push(tier);
    put(`tier:${row.word('itemId')}/${tier.id}`, row);
  }
  for (const row of table('rules').rows()) {
    const per = row.word('per');
    const attributedItemId = row.optWord('attributedItemId');
    const rule = {
      id: row.word('id'),
      text: row.text('text'),
      points: row.points('points'),
      // An unknown word is kept as written: validation names it (UNKNOWN_UNIT).
      per: valueOfWord(UNIT_WORDS, per) ?? per,
      ...(attributedItemId === null ? {} : { attributedItemId }),
    };
    scoringOf(row, 'deduction')?.rules.push(rule);
    put(`rule:${row.word('itemId')}/${rule.id}`, row);
  }
  for (const row of table('brackets').rows()) {
    const bracket = {
      id: row.word('id'),
      label: row.text('label'),
      from: { percent: row.integer('fromPercent'), inclusive: row.optYesNo('fromInclusive') ?? false },
      to: { percent: row.integer('toPercent'), inclusive: row.optYesNo('toInclusive') ?? false },
      points: row.points('points'),
    };
    scoringOf(row, 'ratioBracket')?.brackets.push(bracket);
    put(`bracket:${row.word('itemId')}/${bracket.id}`, row);
  }
  for (const row of table('reasons').rows()) {
    const scoring = scoringOf(row, 'ratioBracket');
    put(`reason:${row.word('itemId')}/${scoring?.reasonOptions.length ?? 0}`, row);
    scoring?.reasonOptions.push(row.text('text'));
  }
  for (const row of table('unitTiers').rows()) {
    const when = row.choice('when', UNIT_RATIO_WORDS, 'none');
    const tier = {
      id: row.word('id'),
      label: row.text('label'),
      when:
        when === 'none'
          ? { kind: 'none' as const }
          : { kind: 'below' as const, numerator: row.integer('numerator'), denominator: row.integer('denominator') },
      points: row.points('points'),
    };
    scoringOf(row, 'unitRatioDeduction')?.tiers.push(tier);
    put(`unitTier:${row.word('itemId')}/${tier.id}`, row);
  }

  const penalties = [...table('penalties').rows()].map((row) => {
    const penalty = {
      id: row.word('id'),
      content: row.text('content'),
      scoringRule: row.text('scoringRule'),
      pointsPerOccurrence: row.points('pointsPerOccurrence'),
    };
    put(`penalty:${penalty.id}`, row);
    return penalty;
  });
  const vetoes = [...table('vetoes').rows()].map((row) => {
    const veto = { id: row.word('id'), text: row.text('text') };
    put(`veto:${veto.id}`, row);
    return veto;
  });
  const contextFacts = [...table('facts').rows()].map((row) => {
    const fact = { id: row.word('id'), label: row.text('label'), source: row.text('source') };
    put(`fact:${fact.id}`, row);
    return fact;
  });

  const rules = [...table('outcome').rows()].map((row, index) => {
    put(`outcome:${index}`, row);
    return readOutcomeRule(row);
  });
  const labels: Partial<Record<OutcomeCategory, string>> = {};
  const headings: Partial<Record<OutcomeCategory, string>> = {};
  for (const row of table('labels').rows()) {
    const category = row.choice('category', CATEGORY_WORDS, 'undetermined');
    // A row may give only the summary heading, for a category without a printed label.
    const heading = row.optText('summaryHeading');
    const label = heading === null ? row.text('label') : row.optText('label');
    if (label !== null) labels[category] = label;
    if (heading !== null) headings[category] = heading;
    put(`label:${category}`, row);
    // summary:<category> names the 汇总表列标题 cell itself.
    const headingColumn = row.entry().columns['summaryHeading'];
    if (heading !== null && headingColumn) sourceMap[`summary:${category}`] ??= { ...row.entry(), columns: { '*': headingColumn } };
  }
  const tracksByFilingYear: Record<string, OutcomeTrack> = {};
  for (const row of table('tracks').rows()) {
    const year = row.word('year');
    tracksByFilingYear[year] = row.choice('track', TRACK_WORDS, 'renewal');
    put(`track:${year}`, row);
  }

  const sampling = [...table('sampling').rows()].map((row, index) => {
    put(`sampling:${index}`, row);
    return { rule: row.word('rule') as SamplingRuleId, itemIds: idList(row.cell('itemIds')) };
  });
  const autoFindings = [...table('findings').rows()].map((row, index) => {
    put(`finding:${index}`, row);
    return readFinding(row);
  });

  const columns = [...table('columns').rows()].map((row, index): PrintColumn => {
    put(`column:${index}`, row);
    const addedByApp = row.optYesNo('addedByApp');
    return { key: row.choice('key', COLUMN_WORDS, 'content'), label: row.text('label'), ...(addedByApp === null ? {} : { addedByApp }) };
  });
  const columnGroups = [...table('columnGroups').rows()].map((row, index) => {
    put(`columnGroup:${index}`, row);
    return { label: row.text('label'), span: row.integer('span') };
  });
  const headerFields = [...table('headerFields').rows()].map((row, index) => {
    put(`header:${index}`, row);
    return row.text('label');
  });

  const summary = header ? publishedSummary(header, headings, sourceMap, problems) : {};
  if (problems.some((p) => p.severity === 'error') || !header) return { problems, sourceMap };
  const template: Template = {
    id: header.id,
    version: header.version,
    title: header.title,
    source: { notice: header.notice, attachment: header.attachment, issuer: header.issuer, date: header.date },
    declaredTotal: header.declaredTotal,
    declaredTotalSource: header.declaredTotalSource,
    passMark: { points: header.passMark, source: header.passMarkSource, configurable: header.passMarkConfigurable },
    layout: { columns, columnGroups, headerFields },
    sections,
    penalties,
    vetoes,
    contextFacts,
    outcome: { rules, tracksByFilingYear, labels, ...summary },
    sampling,
    autoFindings,
  };
  return { template, problems, sourceMap };
}

type HeaderValues = {
  [F in Exclude<HeaderField, 'summaryAttachment'>]: F extends 'declaredTotal' | 'passMark'
    ? number
    : F extends 'passMarkConfigurable'
      ? boolean
      : string;
} & { summaryAttachment?: string };

const POINTS_FIELDS: readonly HeaderField[] = ['declaredTotal', 'passMark'];

/**
 * outcome.summary: present when the 表头 gives 汇总表附件号 or a 结论名称 row a 汇总表列标题; headings without the
 * attachment number are refused (the summary prints it).
 */
function publishedSummary(
  header: HeaderValues,
  headings: Partial<Record<OutcomeCategory, string>>,
  sourceMap: SourceMap,
  problems: FormProblem[],
): Pick<Template['outcome'], 'summary'> {
  const attachment = header.summaryAttachment;
  if (attachment === undefined) {
    if (Object.keys(headings).length === 0) return {};
    problems.push({
      severity: 'error',
      code: 'FORM_FIELD_MISSING',
      params: { text: HEADER_FIELDS.summaryAttachment },
      sheet: FORM_SHEETS.header.name,
    });
    return {};
  }
  if (sourceMap['form:summaryAttachment']) sourceMap['form:summary'] = sourceMap['form:summaryAttachment'];
  return { summary: { attachment, headings } };
}

/** 表头: one row per field (字段 | 值), in any order; every field once. */
function readHeader(table: FormTable, sourceMap: SourceMap, problems: FormProblem[]): HeaderValues | undefined {
  const values: Partial<Record<HeaderField, string | number | boolean>> = {};
  const rowOf = new Map<HeaderField, number>();
  for (const row of table.rows()) {
    const word = row.word('field');
    const field = valueOfWord(HEADER_FIELDS, word);
    if (field === undefined) {
      row.fail('field', 'FORM_UNKNOWN_FIELD', { text: word, choices: Object.values(HEADER_FIELDS).join('、') });
      continue;
    }
    const first = rowOf.get(field);
    if (first !== undefined) {
      row.fail('field', 'FORM_DUPLICATE_FIELD', { text: word, firstRow: first });
      continue;
    }
    rowOf.set(field, row.row);
    values[field] = POINTS_FIELDS.includes(field)
      ? row.points('value')
      : field === 'passMarkConfigurable'
        ? (row.optYesNo('value') ?? false)
        : row.text('value');
    const entry = row.entry();
    const valueColumn = entry.columns['value'];
    const place: SourceEntry = { ...entry, columns: valueColumn ? { '*': valueColumn } : {} };
    sourceMap[`form:${field}`] = place;
    if (field === 'notice') sourceMap['form:source'] = place;
  }
  // Without a readable 表头 sheet its missing sheet or column is the one problem to tell.
  if (table.column('field') && table.column('value')) {
    for (const field of Object.keys(HEADER_FIELDS) as HeaderField[]) {
      if (!rowOf.has(field) && !OPTIONAL_HEADER_FIELDS.includes(field)) {
        problems.push({ severity: 'error', code: 'FORM_FIELD_MISSING', params: { text: HEADER_FIELDS[field] }, sheet: table.sheet });
      }
    }
  }
  if (!('passMarkConfigurable' in values)) values.passMarkConfigurable = false;
  return problems.some((p) => p.severity === 'error') ? undefined : (values as HeaderValues);
}

function readItemScoring(row: FormRow): ItemScoring {
  const kind = row.choice('scoring', SCORING_WORDS, 'tiered');
  switch (kind) {
    case 'tiered':
      return { kind, tiers: [] };
    case 'deduction':
      return {
        kind,
        rules: [],
        floorStatedInText: row.optYesNo('floorStatedInText') ?? false,
        sharedWithItemIds: idList(row.cell('sharedWithItemIds')),
      };
    case 'shared':
      return { kind, leadItemId: row.word('leadItemId') };
    case 'ratioBracket':
      return { kind, numeratorLabel: row.text('numeratorLabel'), denominatorLabel: row.text('denominatorLabel'), brackets: [], reasonOptions: [] };
    case 'unitRatioDeduction': {
      const unit = row.word('unit');
      return {
        kind,
        unit: valueOfWord(UNIT_WORDS, unit) ?? unit,
        numeratorLabel: row.text('numeratorLabel'),
        denominatorLabel: row.text('denominatorLabel'),
        tiers: [],
      };
    }
  }
}

function readOutcomeRule(row: FormRow): OutcomeRule {
  const kind = row.choice('when', CONDITION_WORDS, 'always');
  const flag = row.optWord('flag');
  if ((kind === 'contextFlag') !== (flag !== null)) row.fail('flag', 'FORM_FLAG_MISMATCH');
  const when = kind === 'contextFlag' ? { kind, flag: flag ?? '?' } : { kind };

  const single = row.optChoice('category', CATEGORY_WORDS);
  const renewal = row.optChoice('renewal', CATEGORY_WORDS);
  const ongoing = row.optChoice('ongoing', CATEGORY_WORDS);
  const blank = (key: string) => row.optWord(key) === null;
  const tracked = !blank('renewal') || !blank('ongoing');
  if (blank('category') === !tracked || (tracked && (blank('renewal') || blank('ongoing')))) row.fail('category', 'FORM_CATEGORY_EITHER');
  const category: OutcomeRule['category'] = tracked
    ? { renewal: renewal ?? 'undetermined', ongoing: ongoing ?? 'undetermined' }
    : (single ?? 'undetermined');

  const count = row.optInteger('rectificationCount');
  const unit = row.optChoice('rectificationUnit', RECTIFICATION_WORDS);
  if ((count === null) !== blank('rectificationUnit')) row.fail('rectificationCount', 'FORM_RECTIFICATION_HALF');
  const rule: OutcomeRule = { ruleId: row.word('ruleId'), when, category, reason: row.text('reason'), source: row.text('source') };
  if (count !== null && unit !== null) rule.rectification = { unit, count };
  return rule;
}

function readFinding(row: FormRow): AutoFindingTarget {
  const finding = row.choice('finding', FINDING_WORDS, 'planLate');
  const kind = row.choice('target', TARGET_WORDS, 'deduction');
  const itemId = row.optWord('itemId');
  const ruleId = row.optWord('ruleId');
  const vetoId = row.optWord('vetoId');
  if (kind === 'deduction') {
    if (itemId === null || ruleId === null || vetoId !== null) row.fail('target', 'FORM_TARGET_INCOMPLETE');
    return { finding, target: { kind, itemId: itemId ?? '?', ruleId: ruleId ?? '?' } };
  }
  if (vetoId === null || itemId !== null || ruleId !== null) row.fail('target', 'FORM_TARGET_INCOMPLETE');
  return { finding, target: { kind, vetoId: vetoId ?? '?' } };
}
