import type { PrintColumnKey, Template } from '../../../../shared/domain/templates/types';

export { chineseNumeral } from '../layout/chinese-numerals';

/**
 * Forms with a 评估项目 level (Shanxi 附件3) print bare category names and keep §四's direct-fail findings out of the
 * table; forms without it (Shandong 附件2) number their sections 一. 二. … and carry 倒扣分 / 一票否决 as rows.
 */
export function hasGroupLevel(template: Template): boolean {
  return template.layout.columns.some((column) => column.key === 'group');
}

/** Column widths in points for the portrait A4 text width (≈ 473 pt); '*' columns share the rest. */
export function columnWidths(columns: readonly PrintColumnKey[]): (number | string)[] {
  const fixed: Partial<Record<PrintColumnKey, number | string>> = {
    section: 44,
    group: 46,
    maxPoints: 28,
    selfScore: 28,
    inspectorScore: 30,
  };
  // Without a group column there is room for score headers like 最高得分 on one line.
  const wide = !columns.includes('group');
  return columns.map((key) => {
    if (wide && key === 'section') return 70;
    if (wide && (key === 'maxPoints' || key === 'selfScore' || key === 'inspectorScore')) return 42;
    return fixed[key] ?? '*';
  });
}

/** 评估内容 starting with its own id (Shandong: "1.1 根据…") is printed as is; otherwise the id is prefixed. */
export function contentWithId(itemId: string, content: string): string {
  return content.trimStart().startsWith(itemId) ? content : `${itemId} ${content}`;
}
