import { loadavg } from 'node:os';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../db/open';
import { commitImport } from '../../electron/services/import/commit';
import { parseImportFile } from '../../electron/services/import/parse-file';
import { usccFor } from '../support/import-data';
import { makeTempDir } from '../support/temp';
import type { BenchCase, BenchRow } from './harness';

const ROWS = 100_000;
const KINDS = ['自主评价企业', '自主评价院校', '社会培训评价组织'];

/** A 100k-row list in the official layout: a title row, then the header, with a validity range per row. */
async function writeLargeList(path: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['职业技能等级认定评价机构名单']).commit();
  sheet
    .addRow([
      '序号',
      '评价机构类型',
      '评价机构名称',
      '统一社会信用代码',
      '机构备案号',
      '备案年度',
      '备案有效期',
      '地区',
      '地址',
      '联系人',
      '联系电话',
    ])
    .commit();
  for (let i = 0; i < ROWS; i++) {
    const year = 2020 + (i % 3);
    sheet
      .addRow([
        i + 1,
        KINDS[i % 3],
        `评价机构${i}`,
        usccFor(i),
        `B${i}`,
        `${year}年`,
        `${year}-09-01至${year + 3}-08-31`,
        '阳泉市',
        `城区某路${i}号`,
        '张三',
        '0353-2299977',
      ])
      .commit();
  }
  await sheet.commit();
  await workbook.commit();
}

const loadAverage = () => loadavg()[0]?.toFixed(1) ?? '?';

/** Samples RSS while work runs; process.resourceUsage().maxRSS would include the file generation before it. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

export const cases: BenchCase[] = [
  {
    name: `import ${ROWS / 1000}k-row institutions XLSX`,
    async run(): Promise<BenchRow[]> {
      const temp = makeTempDir('skill-inspector-bench-import-');
      try {
        const file = temp.file('institutions.xlsx');
        await writeLargeList(file);
        const databasePath = temp.file('bench.sqlite');
        const { db } = openDatabase(databasePath, { create: true });
        const sampler = rssSampler();
        const cpuBefore = process.cpuUsage();
        const start = performance.now();
        const parsed = await parseImportFile('institutions', file);
        const parsedAt = performance.now();
        const summary = commitImport({ db, databasePath, dataDir: temp.dir }, parsed, { validOnly: false });
        const end = performance.now();
        const cpu = process.cpuUsage(cpuBefore);
        const peakRss = sampler.stop();
        db.close();
        if (summary.inserted !== ROWS) throw new Error(`expected ${ROWS} inserted, got ${summary.inserted}`);
        const seconds = (end - start) / 1000;
        return [
          { name: 'total (read + validate + backup + write)', value: seconds, unit: 's', goal: '≤ 10 s' },
          { name: 'read + validate', value: (parsedAt - start) / 1000, unit: 's' },
          { name: 'backup + write (one transaction)', value: (end - parsedAt) / 1000, unit: 's' },
          // CPU time does not grow when other processes share the cores; wall time does.
          { name: 'CPU time (user + system)', value: (cpu.user + cpu.system) / 1e6, unit: 's', note: `load average ${loadAverage()}` },
          { name: 'throughput', value: Math.round(ROWS / seconds), unit: 'rows/s' },
          { name: 'peak RSS', value: Math.round(peakRss / 1024 / 1024), unit: 'MB' },
        ];
      } finally {
        temp.cleanup();
      }
    },
  },
];
