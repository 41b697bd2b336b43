import { mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
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

/** The PDF worker built as the app ships it (scripts/build.mjs: loader + one core bundle), into a scratch directory. */
async function bundledWorker(): Promise<{ entry: string; codeCacheDir: string }> {
  const dir = join(process.cwd(), 'node_modules', '.cache', 'skill-inspector-bench');
  mkdirSync(dir, { recursive: true });
  const { nodeEntries, nodeBuildOptions } = (await import(pathToFileURL(join(process.cwd(), 'scripts', 'build.mjs')).href)) as BuildScript;
  for (const entry of nodeEntries.filter((e) => e.out.includes('pdf-worker'))) {
    await build({ ...nodeBuildOptions({ ...entry, out: join(dir, basename(entry.out)) }), logLevel: 'silent' });
  }
  const codeCacheDir = join(dir, 'code-cache');
  rmSync(codeCacheDir, { recursive: true, force: true });
  return { entry: join(dir, 'pdf-worker.cjs'), codeCacheDir };
}

interface BuildScript {
  nodeEntries: { entry: string; out: string; bundleAll?: boolean }[];
  nodeBuildOptions(entry: { entry: string; out: string; bundleAll?: boolean }): BuildOptions;
}

/** Start a worker, render both documents, stop it; `runs` times. The first run finds no stored compiled code. */
async function coldRuns(options: { entry: string; codeCacheDir: string }, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const worker = new PdfWorker(options);
    await Promise.all([worker.render(sheet), worker.render(appendix)]);
    times.push(performance.now() - start);
    // Let the worker store its compiled code (after its first answer) before it is stopped.
    await worker.render(appendix);
    await worker.close();
  }
  return times;
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
      const worker = await bundledWorker();
      const [firstLaunch = NaN, ...later] = await coldRuns(worker, 4);
      const cold = later.sort((a, b) => a - b);
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
        { name: 'cold: new worker + fonts + both documents', value: median(cold), unit: 'ms (median of 3)', goal: '≤ 600 ms', note: 'stored compiled code present (every start after the first)' },
        { name: 'cold, very first start (no stored compiled code)', value: firstLaunch, unit: 'ms' },
        { name: 'sign once (placeholder + PKCS#7, RSA-2048)', value: median(signing), unit: 'ms (median)', goal: '≤ 60 ms' },
        { name: 'same content via Chromium page.pdf (warm)', value: median(browser), unit: 'ms (median)' },
        { name: 'ours / Chromium', value: ratio, unit: '×', goal: '≤ 0.3×' },
      ];
    },
  },
];
