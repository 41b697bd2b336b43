import { allItems, type Template } from '../../../shared/domain/templates';

// Resolves a Problem's `at` locator (grammar in shared/domain/templates/problems.ts) against a template, as the form
// compiler's source map would: true when it names a part the template has.

function hasIndex(list: readonly unknown[], text: string): boolean {
  return /^\d+$/.test(text) && Number(text) < list.length;
}

export function resolvesIn(template: Template, at: string): boolean {
  const colon = at.indexOf(':');
  if (colon < 0) return false;
  const kind = at.slice(0, colon);
  const rest = at.slice(colon + 1);
  const items = allItems(template).map((l) => l.item);
  const itemOf = (id: string) => items.find((i) => i.id === id);
  // Only the first `/` separates: a part id may hold one (unit tier below-1/3).
  const slash = rest.indexOf('/');
  const itemId = slash < 0 ? rest : rest.slice(0, slash);
  const partId = slash < 0 ? '' : rest.slice(slash + 1);
  const scoring = itemOf(itemId)?.scoring;
  switch (kind) {
    case 'form':
      return Object.hasOwn(template, rest);
    case 'section':
      return template.sections.some((s) => s.id === rest);
    case 'group':
      return template.sections.some((s) => s.groups.some((g) => g.id === rest));
    case 'item': {
      // An item id may itself hold a colon only if the field part is a property name of an item.
      const match = /^(.*?)(?::(\w+))?$/.exec(rest);
      const item = match ? itemOf(match[1] ?? '') : undefined;
      return item !== undefined && (match?.[2] === undefined || Object.hasOwn(item, match[2]));
    }
    case 'tier':
      return scoring?.kind === 'tiered' && scoring.tiers.some((t) => t.id === partId);
    case 'unitTier':
      return scoring?.kind === 'unitRatioDeduction' && scoring.tiers.some((t) => t.id === partId);
    case 'rule':
      return scoring?.kind === 'deduction' && scoring.rules.some((r) => r.id === partId);
    case 'bracket':
      return scoring?.kind === 'ratioBracket' && scoring.brackets.some((b) => b.id === partId);
    case 'penalty':
      return template.penalties.some((p) => p.id === rest);
    case 'veto':
      return template.vetoes.some((v) => v.id === rest);
    case 'fact':
      return template.contextFacts.some((f) => f.id === rest);
    case 'label':
      return Object.hasOwn(template.outcome.labels, rest);
    case 'outcome':
      return hasIndex(template.outcome.rules, rest);
    case 'sampling':
      return hasIndex(template.sampling, rest);
    case 'finding':
      return hasIndex(template.autoFindings, rest);
    case 'column':
      return hasIndex(template.layout.columns, rest);
    case 'columnGroup':
      return hasIndex(template.layout.columnGroups, rest);
    case 'header':
      return hasIndex(template.layout.headerFields, rest);
    default:
      return false;
  }
}
