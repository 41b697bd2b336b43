import { sumPoints, type Hundredths } from '../scoring/points';
import type { Group, Item, Section, Template } from './types';

export interface LocatedItem {
  section: Section;
  group: Group;
  item: Item;
}

/** Every item in form order with its section and group. */
export function allItems(template: Template): LocatedItem[] {
  const located: LocatedItem[] = [];
  for (const section of template.sections) {
    for (const group of section.groups) {
      for (const item of group.items) located.push({ section, group, item });
    }
  }
  return located;
}

export function groupMaximum(group: Group): Hundredths {
  return sumPoints(group.items.map((item) => item.maxPoints));
}

export function sectionMaximum(section: Section): Hundredths {
  return sumPoints(section.groups.map(groupMaximum));
}

/** The real maximum: the sum of the item maxima (R-YQ-01: may differ from declaredTotal). */
export function templateMaximum(template: Template): Hundredths {
  return sumPoints(template.sections.map(sectionMaximum));
}
