import type { Content } from 'pdfmake/interfaces';
import type { InstitutionHeader } from '../model/common';

/**
 * Values for the header labels a form prints above its table (004 附件2/3: 机构名称(签章), 机构备案号, 机构类别, 备案时间),
 * recognised by what they ask for, so another form's 培训机构名称 or 单位备案号 is filled too; any other label stays blank.
 */
function headerValue(label: string, institution: InstitutionHeader): string {
  if (label.includes('名称')) return institution.name;
  if (label.includes('备案号')) return institution.filingNo;
  if (label.includes('类别')) return institution.kindLabel;
  if (label.includes('备案时间')) return institution.filedAt;
  if (label.includes('信用代码')) return institution.uscc ?? '';
  return '';
}

/** 机构名称(签章): … in two columns per line, as the header block of the official forms. */
export function headerFields(labels: readonly string[], institution: InstitutionHeader | null): Content {
  const cells = labels.map((label) => ({
    text: [{ text: `${label}:`, bold: true }, { text: institution ? headerValue(label, institution) : '' }],
    margin: [0, 0, 0, 3] as [number, number, number, number],
  }));
  const lines: Content[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    lines.push({ columns: [cells[i] ?? { text: '' }, cells[i + 1] ?? { text: '' }], columnGap: 12 });
  }
  return { stack: lines, margin: [0, 0, 0, 6] };
}
