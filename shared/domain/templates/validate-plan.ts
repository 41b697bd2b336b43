import type { Item, Template } from './types';
import { located, repeats, type Findings } from './validate-problems';

// Checks of what surrounds the items: the sampling plan, the findings offered from the records, the print layout.

export function checkSampling(template: Template, itemsById: ReadonlyMap<string, Item>, out: Findings): void {
  const entryOfItem = new Map<string, number>();
  template.sampling.forEach((entry, index) => {
    const at = `sampling:${index}`;
    const base = { position: index + 1, rule: entry.rule };
    const inThisEntry = new Set<string>();
    for (const itemId of entry.itemIds) {
      const earlier = entryOfItem.get(itemId);
      if (!itemsById.has(itemId)) {
        out.errors.push(located({ code: 'BAD_REFERENCE', reason: 'FORM_SAMPLING_UNKNOWN_ITEM', params: { ...base, itemId }, at }));
      } else if (inThisEntry.has(itemId)) {
        out.errors.push(located({ code: 'DUPLICATE_ID', reason: 'FORM_SAMPLING_ITEM_REPEATED', params: { ...base, itemId }, at, id: itemId }));
      } else if (earlier !== undefined) {
        const firstRule = template.sampling[earlier]?.rule ?? '';
        const params = { ...base, itemId, first: earlier + 1, firstRule };
        out.errors.push(located({ code: 'DUPLICATE_ID', reason: 'FORM_SAMPLING_ITEM_TWICE', params, at, id: itemId }));
      }
      inThisEntry.add(itemId);
      if (earlier === undefined) entryOfItem.set(itemId, index);
    }
  });
  for (const [index, first] of repeats(template.sampling.map((entry) => entry.rule))) {
    const rule = template.sampling[index]?.rule ?? '';
    out.errors.push(
      located({
        code: 'DUPLICATE_ID',
        reason: 'FORM_SAMPLING_RULE_TWICE',
        params: { rule, first: first + 1, position: index + 1 },
        at: `sampling:${index}`,
      }),
    );
  }
}

export function checkAutoFindings(template: Template, itemsById: ReadonlyMap<string, Item>, out: Findings): void {
  const vetoIds = new Set(template.vetoes.map((v) => v.id));
  template.autoFindings.forEach(({ finding, target }, index) => {
    const at = `finding:${index}`;
    if (target.kind === 'veto') {
      if (!vetoIds.has(target.vetoId)) {
        out.errors.push(located({ code: 'BAD_REFERENCE', reason: 'FORM_FINDING_UNKNOWN_VETO', params: { finding, vetoId: target.vetoId }, at }));
      }
      return;
    }
    const { itemId, ruleId } = target;
    const item = itemsById.get(itemId);
    if (!item) {
      out.errors.push(located({ code: 'BAD_REFERENCE', reason: 'FORM_FINDING_UNKNOWN_ITEM', params: { finding, itemId }, at }));
    } else if (item.scoring.kind !== 'deduction') {
      out.errors.push(located({ code: 'BAD_REFERENCE', reason: 'FORM_FINDING_NOT_DEDUCTION', params: { finding, itemId }, at, id: itemId }));
    } else if (!item.scoring.rules.some((rule) => rule.id === ruleId)) {
      const known = item.scoring.rules.map((rule) => rule.id).join('、');
      out.errors.push(
        located({ code: 'BAD_REFERENCE', reason: 'FORM_FINDING_UNKNOWN_RULE', params: { finding, itemId, rule: ruleId, known }, at, id: itemId }),
      );
    }
  });
  for (const [index, first] of repeats(template.autoFindings.map((entry) => entry.finding))) {
    const finding = template.autoFindings[index]?.finding ?? '';
    out.errors.push(
      located({
        code: 'DUPLICATE_ID',
        reason: 'FORM_FINDING_TWICE',
        params: { finding, first: first + 1, position: index + 1 },
        at: `finding:${index}`,
      }),
    );
  }
}

export function checkLayout(template: Template, out: Findings): void {
  const { columns, columnGroups } = template.layout;
  for (const [index, first] of repeats(columns.map((column) => column.key))) {
    const key = columns[index]?.key ?? '';
    out.errors.push(
      located({ code: 'DUPLICATE_ID', reason: 'FORM_COLUMN_TWICE', params: { key, first: first + 1, position: index + 1 }, at: `column:${index}` }),
    );
  }
  // No column groups means the form prints no spanning header row.
  const spans = columnGroups.reduce((sum, group) => sum + group.span, 0);
  if (columnGroups.length > 0 && spans !== columns.length) {
    const params = { spans, columns: columns.length };
    out.errors.push(located({ code: 'LAYOUT', reason: 'FORM_COLUMN_GROUP_SPANS', params, at: `columnGroup:${columnGroups.length - 1}` }));
  }
  if (!columns.some((column) => column.key === 'inspectorScore')) {
    out.errors.push(located({ code: 'LAYOUT', reason: 'FORM_NO_INSPECTOR_COLUMN', params: {}, at: 'form:layout' }));
  }
}
