import { pointsCell, yesNoWord } from './cells';
import { FORM_SHEETS, HEADER_FIELDS, LIST_SEPARATOR, type FormCell, type FormSheet, type FormSheetKey, type HeaderField } from './sheets';
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
} from './words';
import { OUTCOME_CATEGORIES, type DeductionUnit, type Item, type OutcomeRule, type OutcomeTrack, type Template } from '../templates/types';

type RowValues = Record<string, FormCell | undefined>;

/** A unit word, or the unit as written when it is not one the app knows (validation then names it). */
const unitWord = (unit: string) => (Object.hasOwn(UNIT_WORDS, unit) ? UNIT_WORDS[unit as DeductionUnit] : unit);

/**
 * The sheets of a form workbook for a template (docs/form-format.md): every sheet, with its header row, even when it
 * has no rows. compileFormSheets(formSheetsOf(t)) gives t again (same templateHash).
 */
export function formSheetsOf(template: Template): FormSheet[] {
  const rows: Record<FormSheetKey, RowValues[]> = {
    header: headerRows(template),
    sections: template.sections.map((s) => ({ id: s.id, title: s.title, declaredMax: pointsCell(s.declaredMax) })),
    groups: template.sections.flatMap((s) =>
      s.groups.map((g) => ({ sectionId: s.id, id: g.id, title: g.title, declaredMax: g.declaredMax === null ? null : pointsCell(g.declaredMax) })),
    ),
    items: [],
    tiers: [],
    rules: [],
    brackets: [],
    reasons: [],
    unitTiers: [],
    penalties: template.penalties.map((p) => ({ ...p, pointsPerOccurrence: pointsCell(p.pointsPerOccurrence) })),
    vetoes: template.vetoes.map((v) => ({ ...v })),
    facts: template.contextFacts.map((f) => ({ ...f })),
    outcome: template.outcome.rules.map(outcomeRow),
    labels: labelRows(template),
    tracks: (Object.entries(template.outcome.tracksByFilingYear) as [string, OutcomeTrack][]).map(([year, track]) => ({
      year,
      track: TRACK_WORDS[track],
    })),
    sampling: template.sampling.map((s) => ({ rule: s.rule, itemIds: s.itemIds.join(LIST_SEPARATOR) })),
    findings: template.autoFindings.map(({ finding, target }) => ({
      finding: FINDING_WORDS[finding],
      target: TARGET_WORDS[target.kind],
      ...(target.kind === 'deduction' ? { itemId: target.itemId, ruleId: target.ruleId } : { vetoId: target.vetoId }),
    })),
    columns: template.layout.columns.map((c) => ({
      key: COLUMN_WORDS[c.key],
      label: c.label,
      addedByApp: c.addedByApp === undefined ? null : yesNoWord(c.addedByApp),
    })),
    columnGroups: template.layout.columnGroups.map((g) => ({ label: g.label, span: g.span })),
    headerFields: template.layout.headerFields.map((label) => ({ label })),
  };
  for (const section of template.sections) for (const group of section.groups) for (const item of group.items) addItem(rows, group.id, item);
  return (Object.keys(FORM_SHEETS) as FormSheetKey[]).map((key) => {
    const spec = FORM_SHEETS[key];
    return { name: spec.name, rows: [spec.columns.map((c) => c.header), ...rows[key].map((row) => spec.columns.map((c) => row[c.key] ?? null))] };
  });
}

function headerRows(t: Template): RowValues[] {
  const values: Record<HeaderField, FormCell> = {
    id: t.id,
    version: t.version,
    title: t.title,
    notice: t.source.notice,
    attachment: t.source.attachment,
    issuer: t.source.issuer,
    date: t.source.date,
    declaredTotal: pointsCell(t.declaredTotal),
    declaredTotalSource: t.declaredTotalSource,
    passMark: pointsCell(t.passMark.points),
    passMarkSource: t.passMark.source,
    passMarkConfigurable: yesNoWord(t.passMark.configurable),
    summaryAttachment: t.outcome.summary?.attachment ?? null,
  };
  return (Object.keys(HEADER_FIELDS) as HeaderField[])
    .filter((field) => values[field] !== null)
    .map((field) => ({ field: HEADER_FIELDS[field], value: values[field] }));
}

/** 结论名称: a row per category with a label or a summary heading, in the app's category order. */
function labelRows(t: Template): RowValues[] {
  const { labels, summary } = t.outcome;
  return OUTCOME_CATEGORIES.filter((category) => labels[category] !== undefined || summary?.headings[category] !== undefined).map((category) => ({
    category: CATEGORY_WORDS[category],
    label: labels[category] ?? null,
    summaryHeading: summary?.headings[category] ?? null,
  }));
}

function addItem(rows: Record<FormSheetKey, RowValues[]>, groupId: string, item: Item): void {
  const scoring = item.scoring;
  const row: RowValues = {
    groupId,
    id: item.id,
    content: item.content,
    method: item.method,
    scoringRule: item.scoringRule,
    maxPoints: pointsCell(item.maxPoints),
    scoring: SCORING_WORDS[scoring.kind],
  };
  rows.items.push(row);
  const itemId = item.id;
  switch (scoring.kind) {
    case 'tiered':
      for (const t of scoring.tiers) rows.tiers.push({ itemId, id: t.id, label: t.label, min: pointsCell(t.min), max: pointsCell(t.max) });
      return;
    case 'deduction':
      row['floorStatedInText'] = yesNoWord(scoring.floorStatedInText);
      row['sharedWithItemIds'] = scoring.sharedWithItemIds.join(LIST_SEPARATOR);
      for (const r of scoring.rules) {
        rows.rules.push({
          itemId,
          id: r.id,
          text: r.text,
          points: pointsCell(r.points),
          per: unitWord(r.per),
          attributedItemId: r.attributedItemId ?? null,
        });
      }
      return;
    case 'shared':
      row['leadItemId'] = scoring.leadItemId;
      return;
    case 'ratioBracket':
      row['numeratorLabel'] = scoring.numeratorLabel;
      row['denominatorLabel'] = scoring.denominatorLabel;
      for (const b of scoring.brackets) {
        rows.brackets.push({
          itemId,
          id: b.id,
          label: b.label,
          fromPercent: b.from.percent,
          fromInclusive: yesNoWord(b.from.inclusive),
          toPercent: b.to.percent,
          toInclusive: yesNoWord(b.to.inclusive),
          points: pointsCell(b.points),
        });
      }
      for (const text of scoring.reasonOptions) rows.reasons.push({ itemId, text });
      return;
    case 'unitRatioDeduction':
      row['unit'] = unitWord(scoring.unit);
      row['numeratorLabel'] = scoring.numeratorLabel;
      row['denominatorLabel'] = scoring.denominatorLabel;
      for (const t of scoring.tiers) {
        rows.unitTiers.push({
          itemId,
          id: t.id,
          label: t.label,
          when: UNIT_RATIO_WORDS[t.when.kind],
          ...(t.when.kind === 'below' ? { numerator: t.when.numerator, denominator: t.when.denominator } : {}),
          points: pointsCell(t.points),
        });
      }
      return;
  }
}

function outcomeRow(rule: OutcomeRule): RowValues {
  const category = rule.category;
  return {
    ruleId: rule.ruleId,
    when: CONDITION_WORDS[rule.when.kind],
    flag: rule.when.kind === 'contextFlag' ? rule.when.flag : null,
    ...(typeof category === 'string'
      ? { category: CATEGORY_WORDS[category] }
      : { renewal: CATEGORY_WORDS[category.renewal], ongoing: CATEGORY_WORDS[category.ongoing] }),
    reason: rule.reason,
    source: rule.source,
    rectificationCount: rule.rectification?.count ?? null,
    rectificationUnit: rule.rectification ? RECTIFICATION_WORDS[rule.rectification.unit] : null,
  };
}
