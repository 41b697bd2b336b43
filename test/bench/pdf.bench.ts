import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { resolveFontDir } from '../../electron/services/pdf/fonts';
import { renderReport } from '../../electron/services/pdf/render-report';
import { PdfWorker } from '../../electron/services/pdf/worker-client';
import { createSelfSignedIdentity, unlockIdentity } from '../../electron/services/signing/identity';
import { signPdf } from '../../electron/services/signing/sign-pdf';
import { appendixModel, shanxiSheetModel } from '../support/report-fixtures';
import { median, percentile, timeItAsync, type BenchCase, type BenchRow } from './harness';
import { reportHtml } from './support/report-html';

const sheet = shanxiSheetModel();
const appendix = appendixModel();

async function renderBoth(): Promise<Buffer> {
  await renderReport(appendix);
  return renderReport(sheet);
}

/** The worker bundled as the app ships it (out/main/pdf-worker.cjs), so cold time has no TypeScript transform in it. */
async function bundledWorker(): Promise<string> {
  const dir = join(process.cwd(), 'node_modules', '.cache', 'skill-inspector-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'pdf-worker.cjs');
  await build({ entryPoints: ['electron/services/pdf/worker-entry.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, external: ['pdfmake'], logLevel: 'silent' });
  return outfile;
}

async function coldRuns(entry: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const worker = new PdfWorker({ entry });
    await Promise.all([worker.render(sheet), worker.render(appendix)]);
    times.push(performance.now() - start);
    await worker.close();
  }
  return times.sort((a, b) => a - b);
}

async function chromiumRuns(iterations: number): Promise<number[]> {
  const html = reportHtml(sheet, appendix, resolveFontDir());
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    return await timeItAsync(async () => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({ format: 'A4', preferCSSPageSize: true, displayHeaderFooter: true, footerTemplate: '<div style="font-size:8pt;width:100%;text-align:right">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>', headerTemplate: '<div></div>' });
    }, iterations, 2);
  } finally {
    await browser.close();
  }
}

export const cases: BenchCase[] = [
  {
    name: 'pdf',
    async run(): Promise<BenchRow[]> {
      const entry = await bundledWorker();
      const cold = await coldRuns(entry, 3);
      const warm = await timeItAsync(async () => {
        await renderBoth();
      }, 10, 3);
      const pdf = await renderBoth();
      const identity = unlockIdentity(createSelfSignedIdentity({ commonName: '张三', passphrase: 'bench-passphrase' }), 'bench-passphrase');
      const signing = await timeItAsync(async () => {
        await signPdf(pdf, identity, { reason: '专家评估组成员签署评估结果', name: '张三', location: '阳泉市' });
      }, 20, 3);
      const browser = await chromiumRuns(8);
      const ratio = median(warm) / median(browser);
      return [
        { name: 'Shanxi sheet + appendix, warm (in process)', value: median(warm), unit: 'ms (median)', goal: '≤ 150 ms' },
        { name: 'Shanxi sheet + appendix, warm p95', value: percentile(warm, 95), unit: 'ms' },
        { name: 'cold: new worker + fonts + both documents', value: median(cold), unit: 'ms (median of 3)', goal: '≤ 600 ms' },
        { name: 'sign once (placeholder + PKCS#7, RSA-2048)', value: median(signing), unit: 'ms (median)', goal: '≤ 60 ms' },
        { name: 'same content via Chromium page.pdf (warm)', value: median(browser), unit: 'ms (median)' },
        { name: 'ours / Chromium', value: ratio, unit: '×', goal: '≤ 0.3×' },
      ];
    },
  },
];
