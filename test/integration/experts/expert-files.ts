import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export const EXPERT_HEADER = [
  '专家编号',
  '姓名',
  '身份证号',
  '工作单位',
  '工作单位统一社会信用代码',
  '所在地区',
  '职业（工种）编码',
  '可任组长',
  '可任成员',
  '状态',
  '笔记本设备',
  '回避机构',
] as const;

export type ExpertRow = Partial<Record<(typeof EXPERT_HEADER)[number], string | number | null>>;

/** A real XLSX written by exceljs, the ID number column as text (as offices are told to keep it). */
export async function writeExpertWorkbook(path: string, rows: readonly ExpertRow[], header: readonly string[] = EXPERT_HEADER): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('专家库');
  sheet.addRow(['阳泉市技能评价专家库', null, null]);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(header.map((column) => row[column as keyof ExpertRow] ?? null));
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

const csvField = (value: string | number | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A CSV as offices save it from Excel: GBK (the default of Chinese Windows) or UTF-8. */
export function writeExpertCsv(path: string, rows: readonly ExpertRow[], encoding: 'gbk' | 'utf8', header: readonly string[] = EXPERT_HEADER): void {
  const text =
    [header.join(','), ...rows.map((row) => header.map((column) => csvField(row[column as keyof ExpertRow])).join(','))].join('\r\n') + '\r\n';
  writeFileSync(path, encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
}
