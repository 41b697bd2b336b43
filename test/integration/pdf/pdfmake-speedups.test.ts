import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveFontDir } from '../../../electron/services/pdf/fonts';
import type { ReportModel } from '../../../electron/services/pdf/model';
import { renderReport } from '../../../electron/services/pdf/render-report';
import * as fixtures from '../../support/report-fixtures';
import { makeTempDir } from '../../support/temp';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

interface Word {
  page: number;
  text: string;
  box: [number, number, number, number];
}

/** Every word poppler finds, with its page and box (pdftotext -bbox). */
function words(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const found: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const match = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (match) found.push({ page, text: match[5] ?? '', box: [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] });
  }
  return found;
}

function renderPlain(fixture: string, out: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'test/support/render-plain-pdfmake.ts', fixture, resolveFontDir(), out], { stdio: 'pipe' });
}

const FIXTURES = ['shanxiSheetModel', 'shandongSheetModel', 'appendixModel', 'applicationModel', 'statsModel', 'summaryModel'] as const;

describe('pdfmake speed-ups draw what pdfmake draws', () => {
  it.each(FIXTURES)('%s: the same words on the same pages at the same places as unpatched pdfmake', async (fixture) => {
    const model = (fixtures as unknown as Record<string, () => ReportModel>)[fixture]?.();
    if (!model) throw new Error(`no fixture ${fixture}`);
    const ours = temp.file(`${fixture}-ours.pdf`);
    const plain = temp.file(`${fixture}-plain.pdf`);
    writeFileSync(ours, await renderReport(model));
    renderPlain(fixture, plain);
    const expected = words(plain);
    const actual = words(ours);
    expect(expected.length).toBeGreaterThan(50);
    expect(actual.map((w) => `${w.page}:${w.text}`)).toEqual(expected.map((w) => `${w.page}:${w.text}`));
    const worst = Math.max(...actual.map((w, i) => Math.max(...w.box.map((v, k) => Math.abs(v - (expected[i]?.box[k] ?? Infinity))))));
    // Hundredths of a point: well below what a printer or a reader can show.
    expect(worst).toBeLessThan(0.01);
  });
});
