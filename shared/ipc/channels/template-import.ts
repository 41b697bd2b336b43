import { z } from 'zod';
import type { FormProblem } from '../../domain/forms';
import { channel } from '../define';

const path = z.string().min(1).max(4096);

/**
 * A form file's import: the version stored (with any warnings), or every problem found, each naming sheet / row /
 * column (XLSX) or the data path (JSON) and the reason as a registry code; nothing is stored then.
 */
export type TemplateImportResult =
  | { ok: true; hash: string; id: string; version: string; title: string; alreadyHeld: boolean; warnings: FormProblem[] }
  | { ok: false; problems: FormProblem[] };

/** A holiday list as stored (docs/calendar.md). */
export interface CalendarSummary {
  version: string;
  hash: string;
  origin: 'builtin' | 'imported' | 'received';
  addedAt: string;
  coveredYears: number[];
  holidays: number;
  makeupWorkdays: number;
  inUse: boolean;
}

export const templateImportChannels = {
  'templates:import': channel(
    z.object({ path }).strict(),
    '单位：导入评估表文件（校验后保存为新版本；有问题时逐条列出所在工作表、行、列）',
  ).writes<TemplateImportResult>(),
  'calendar:import': channel(
    z.object({ path }).strict(),
    '单位：导入法定节假日安排（JSON、XLSX 或 CSV，见 docs/calendar.md），此后的任务包带上它',
  ).writes<CalendarSummary>(),
  'calendar:list': channel(z.object({}).strict(), '本机保存的工作日历（正在使用的标为 inUse）').reads<CalendarSummary[]>(),
};
