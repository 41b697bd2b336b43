import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { insertFiling } from '../../db/repositories/filings';
import { insertInstitution } from '../../db/repositories/institutions';
import { inTransaction } from '../../db/sql';
import { dispatch } from '../../electron/handlers/dispatch';
import { institutionKinds } from '../../shared/store/enums';
import { launchBrowser } from '../support/browser';
import { richestDemoFiling, startE2eApp } from '../support/e2e-app';
import { median, percentile, type BenchCase, type BenchRow } from './harness';
import { errorInfoText } from '../../shared/errors';

// Measured in Debian's Chromium through the browser harness, on the built renderer: the time from a change
// (a keystroke in the search box, a click on an answer) to the DOM showing its result, plus the next animation
// frame (so up to one frame of waiting for vsync is included in every figure).

const ROOT = resolve(import.meta.dirname, '../..');
const REGIONS = ['阳泉市城区', '阳泉市矿区', '阳泉市郊区', '平定县', '盂县', '太原市小店区', '大同市平城区', '长治市潞州区'];
const WORDS = ['热力', '煤业', '职业', '培训', '建工', '电力', '化工', '交通', '医药', '技术'];

let built = false;
async function buildRenderer(): Promise<void> {
  if (built) return;
  await build({ configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  built = true;
}

/** 10 000 institutions with one filing each, spread over kinds, regions and years. */
function fillInstitutions(db: Parameters<typeof insertInstitution>[0], count: number): void {
  inTransaction(db, () => {
    for (let i = 0; i < count; i++) {
      const uscc = `91140300${String(i).padStart(9, '0')}X`;
      const name = `${REGIONS[i % REGIONS.length]?.slice(0, 2)}${WORDS[i % WORDS.length]}${WORDS[(i * 7) % WORDS.length]}有限公司${i}`;
      const id = insertInstitution(db, {
        uscc,
        name,
        region: REGIONS[i % REGIONS.length] ?? null,
        address: null,
        contact: null,
        phone: null,
        centralSoeBranch: false,
        demo: false,
      });
      const year = 2018 + (i % 6);
      insertFiling(db, {
        institutionId: id,
        kind: institutionKinds[i % 3] ?? 'enterprise',
        listedName: name,
        filingNo: `B${year}${String(i).padStart(6, '0')}`,
        filingYear: year,
        filedOn: `${year}-06-15`,
        validFrom: `${year}-06-15`,
        validTo: `${year + 3}-06-14`,
      });
    }
  });
}

/** Types `text` into an input the React way and resolves when `selector`'s text has changed and a frame passed. */
function timeInput(page: Page, inputSelector: string, text: string, watchSelector: string): Promise<number> {
  return page.evaluate(
    ([inputSel, value, watchSel]) =>
      new Promise<number>((resolveTime) => {
        const input = document.querySelector(inputSel) as HTMLInputElement;
        const watched = document.querySelector(watchSel) as HTMLElement;
        const before = watched.textContent;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (watched.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolveTime(performance.now() - start));
        });
        observer.observe(watched, { childList: true, subtree: true, characterData: true });
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [inputSelector, text, watchSelector] as const,
  );
}

const listFilterCase: BenchCase = {
  name: 'UI: institution list filter, 10 000 filings (Chromium)',
  async run(): Promise<BenchRow[]> {
    await buildRenderer();
    const app = await startE2eApp({ demo: false });
    fillInstitutions(app.ctx.db, 10_000);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const loadStart = Date.now();
      await page.goto(app.server.pageUrl);
      await page.getByTestId('institutions-table').waitFor();
      const loadMs = Date.now() - loadStart;
      const queries = ['热力', '', '91140300000001', '', 'B2020', '', '有限公司99', '', '煤业化工', ''];
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const query of queries) times.push(await timeInput(page, 'input[type=search]', query, '[data-testid=institutions-count]'));
      }
      times.sort((a, b) => a - b);
      const rows = await page.getByTestId('institution-row').count();
      return [
        { name: 'keystroke → rows updated, median', value: median(times), unit: 'ms', goal: '≤ 50 ms' },
        { name: 'keystroke → rows updated, p95', value: percentile(times, 95), unit: 'ms', goal: '≤ 50 ms' },
        { name: 'first load of the list (IPC + render)', value: loadMs, unit: 'ms', note: `${rows} rows in the DOM (virtualised)` },
      ];
    } finally {
      await browser.close();
      await app.close();
    }
  },
};

const answerTotalCase: BenchCase = {
  name: 'UI: answer → new total shown (Chromium, Shanxi form)',
  async run(): Promise<BenchRow[]> {
    await buildRenderer();
    const app = await startE2eApp();
    const target = richestDemoFiling(app.ctx);
    const created = await dispatch(app.ctx, 'inspections:create', {
      institutionId: target.institutionId,
      filingId: target.filingId,
      templateId: 'shanxi-renewal-2023',
      panel: [{ name: '王建国', role: 'lead' }],
      inspectionDate: '2023-09-12',
    });
    if (!created.ok) throw new Error(errorInfoText(created.error));
    const id = (created.value as { id: number }).id;
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${app.server.pageUrl}#/inspections/${id}/scoring`);
      await page.getByTestId('section-1').waitFor();
      const times: number[] = [];
      // A self-score typed into item 3.7.1 changes the self total in the score bar; alternate two values.
      for (let i = 0; i < 60; i++) {
        times.push(await timeInput(page, 'input[aria-label^="第 3.7.1 项自评得分"]', i % 2 === 0 ? '7' : '9.5', '[data-testid=score-bar]'));
      }
      // A click that scores an item changes the total itself.
      const clickTimes: number[] = [];
      for (const testId of await page
        .locator('[data-testid^=no-finding-]')
        .evaluateAll((els) => els.slice(0, 25).map((e) => e.getAttribute('data-testid') ?? ''))) {
        clickTimes.push(
          await page.evaluate(
            (tid) =>
              new Promise<number>((resolveTime) => {
                const total = document.querySelector('[data-testid=live-total]') as HTMLElement;
                const before = total.textContent;
                const start = performance.now();
                const observer = new MutationObserver(() => {
                  if (total.textContent === before) return;
                  observer.disconnect();
                  requestAnimationFrame(() => resolveTime(performance.now() - start));
                });
                observer.observe(total, { childList: true, subtree: true, characterData: true });
                (document.querySelector(`[data-testid="${tid}"]`) as HTMLButtonElement).click();
              }),
            testId,
          ),
        );
      }
      times.sort((a, b) => a - b);
      clickTimes.sort((a, b) => a - b);
      return [
        { name: 'self-score typed → total shown, median', value: median(times), unit: 'ms', goal: '≤ 16 ms (one frame)' },
        { name: 'self-score typed → total shown, p95', value: percentile(times, 95), unit: 'ms', goal: '≤ 16 ms (one frame)' },
        { name: 'item answered (click) → total shown, median', value: median(clickTimes), unit: 'ms', goal: '≤ 16 ms (one frame)' },
        { name: 'item answered (click) → total shown, p95', value: percentile(clickTimes, 95), unit: 'ms', goal: '≤ 16 ms (one frame)' },
      ];
    } finally {
      await browser.close();
      await app.close();
    }
  },
};

export const cases: BenchCase[] = [listFilterCase, answerTotalCase];
