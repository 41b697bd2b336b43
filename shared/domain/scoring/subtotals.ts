import type { Template } from '../templates/types';
import { groupMaximum, sectionMaximum } from '../templates/walk';
import { sumGiven, sumPoints } from './points';
import type { ItemResult, SubtotalResult } from './result';

function subtotal(id: string, title: string | null, maxPoints: number, declaredMax: number | null, items: readonly ItemResult[]): SubtotalResult {
  return {
    id,
    title,
    points: sumPoints(items.map((i) => i.points ?? 0)),
    maxPoints,
    declaredMax,
    complete: items.every((i) => i.status === 'scored'),
    selfScore: sumGiven(items.map((i) => i.selfScore)),
  };
}

/** Group (评估项目) and section (评估类别) subtotals in form order. */
export function subtotals(template: Template, items: readonly ItemResult[]): { groups: SubtotalResult[]; sections: SubtotalResult[] } {
  const groups: SubtotalResult[] = [];
  const sections: SubtotalResult[] = [];
  for (const section of template.sections) {
    for (const group of section.groups) {
      const inGroup = items.filter((i) => i.sectionId === section.id && i.groupId === group.id);
      groups.push(subtotal(group.id, group.title, groupMaximum(group), group.declaredMax, inGroup));
    }
    const inSection = items.filter((i) => i.sectionId === section.id);
    sections.push(subtotal(section.id, section.title, sectionMaximum(section), section.declaredMax, inSection));
  }
  return { groups, sections };
}
