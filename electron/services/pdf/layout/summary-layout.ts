import { OUTCOME_LABELS } from '../../../../shared/domain/scoring/outcome-labels';
import { getTemplate } from '../../../../shared/domain/templates/registry';
import { OUTCOME_CATEGORIES, type OutcomeCategory, type OutcomeTrack, type Template } from '../../../../shared/domain/templates/types';
import type { SummaryLayout } from '../model/summary';

/**
 * The summary's opinion columns for a form: every category its outcome rules can decide,
 * headed as the notice's published summary words it (outcome.summary) or else explained as “<label>的机构” and, when
 * categories depend on the filing year, the years it applies to; in the
 * order of OUTCOME_CATEGORIES (附件4: 终止 / 同意延续 / 暂时不予延续 / 暂停 / 正常).
 */
export function summaryLayoutOf(template: Template): SummaryLayout {
  const { labels, tracksByFilingYear } = template.outcome;
  const allYears = Object.keys(tracksByFilingYear).sort();
  const published = template.outcome.summary;
  const columns = decidedCategories(template).map((category) => {
    const label = labels[category] ?? OUTCOME_LABELS[category];
    const years = yearsDeciding(template, category);
    return { category, heading: published?.headings[category] ?? `${label}的机构${yearScope(years, allYears)}` };
  });
  return { attachment: published?.attachment ?? '', columns, scoreHeading: `评估得分${yearScope(allYears, allYears)}` };
}

/** One opinion column as the office's XLSX heads it: the heading without its filing-year scope (需终止备案的机构). */
export interface SummaryColumnLabel {
  category: OutcomeCategory;
  label: string;
}

/** The columns of summaryLayoutOf, each with the short heading the office's XLSX summary prints under its number. */
export function summaryColumnLabelsOf(template: Template): SummaryColumnLabel[] {
  const { labels, summary } = template.outcome;
  return decidedCategories(template).map((category) => {
    const published = summary?.headings[category];
    // A published heading carries its own scope in a closing bracket (…（只涉及2020年备案的）).
    return { category, label: published ? published.replace(/（[^（）]*）$/, '') : `${labels[category] ?? OUTCOME_LABELS[category]}的机构` };
  });
}

/** Until the office review passes its form (sync/review/opinion-summary.ts), a model without a layout prints this one. */
export const DEFAULT_SUMMARY_LAYOUT: SummaryLayout = summaryLayoutOf(getTemplate('shanxi-renewal-2023'));

function decidedCategories(template: Template): OutcomeCategory[] {
  const decided = new Set<OutcomeCategory>();
  for (const rule of template.outcome.rules) {
    for (const category of typeof rule.category === 'string' ? [rule.category] : Object.values(rule.category)) decided.add(category);
  }
  // Stored forms are canonical JSON (keys sorted), so the order is the app's category order, never the labels' key order.
  return OUTCOME_CATEGORIES.filter((category) => decided.has(category));
}

/** Filing years whose inspections can end in this category (every year for a rule that does not depend on the track). */
function yearsDeciding(template: Template, category: OutcomeCategory): string[] {
  const { rules, tracksByFilingYear } = template.outcome;
  const tracks = new Set<OutcomeTrack>();
  for (const rule of rules) {
    if (typeof rule.category === 'string') {
      if (rule.category === category) return Object.keys(tracksByFilingYear).sort();
    } else {
      for (const [track, decided] of Object.entries(rule.category) as [OutcomeTrack, OutcomeCategory][]) if (decided === category) tracks.add(track);
    }
  }
  return Object.keys(tracksByFilingYear)
    .filter((year) => tracks.has(tracksByFilingYear[year] as OutcomeTrack))
    .sort();
}

/** （涉及2020年、2021年备案的） for every tracked year, （只涉及2020年备案的） for some; nothing without tracks. */
function yearScope(years: readonly string[], allYears: readonly string[]): string {
  if (allYears.length === 0 || years.length === 0) return '';
  const listed = years.map((year) => `${year}年`).join('、');
  return years.length === allYears.length ? `（涉及${listed}备案的）` : `（只涉及${listed}备案的）`;
}
