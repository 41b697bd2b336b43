import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../electron/services/pdf/build-document';
import { FONT_FAMILY, resolveFontDir } from '../../../electron/services/pdf/fonts';
import type { ReportModel } from '../../../electron/services/pdf/model';
import { renderPdf } from '../../../electron/services/pdf/pdfmake-runtime';
import * as fixtures from '../../support/report-fixtures';
import { pdfWords } from '../../support/poppler';
import { makeTempDir } from '../../support/temp';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

/** Each page rasterised in grey at 110 dpi (pdftoppm), as raw PGM bytes. */
function pages(file: string): Buffer[] {
  const prefix = `${file}-page`;
  execFileSync('pdftoppm', ['-gray', '-r', '110', file, prefix]);
  return readdirSync(temp.dir)
    .filter((name) => name.startsWith(basename(prefix)) && name.endsWith('.pgm'))
    .sort()
    .map((name) => readFileSync(temp.file(name)));
}

function expectSamePixels(ours: string, plain: string): void {
  const expected = pages(plain);
  const actual = pages(ours);
  expect(actual.length).toBe(expected.length);
  actual.forEach((page, i) => expect(page.equals(expected[i] as Buffer), `page ${i + 1} differs`).toBe(true));
}

function renderPlain(fixture: string, out: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'test/support/render-plain-pdfmake.ts', fixture, resolveFontDir(), out], { stdio: 'pipe' });
}

const FIXTURES = ['shanxiSheetModel', 'shandongSheetModel', 'appendixModel', 'applicationModel', 'statsModel', 'summaryModel'] as const;

describe('pdfmake speed-ups draw what pdfmake draws', () => {
  it.each(FIXTURES)('%s: the same words on the same pages at the same places, and the same pixels, as unpatched pdfmake', async (fixture) => {
    const model = (fixtures as unknown as Record<string, () => ReportModel>)[fixture]?.();
    if (!model) throw new Error(`no fixture ${fixture}`);
    const ours = temp.file(`${fixture}-ours.pdf`);
    const plain = temp.file(`${fixture}-plain.pdf`);
    // The document as built, without the continued merged cells renderReport adds after a first layout.
    writeFileSync(ours, await renderPdf(buildDocument(model)));
    renderPlain(fixture, plain);
    const expected = pdfWords(plain);
    const actual = pdfWords(ours);
    expect(expected.length).toBeGreaterThan(50);
    expect(actual.map((w) => `${w.page}:${w.text}`)).toEqual(expected.map((w) => `${w.page}:${w.text}`));
    const worst = Math.max(...actual.map((w, i) => Math.max(...w.box.map((v, k) => Math.abs(v - (expected[i]?.box[k] ?? Infinity))))));
    // Hundredths of a point: well below what a printer or a reader can show.
    expect(worst).toBeLessThan(0.01);
    expectSamePixels(ours, plain);
  });

  it('what the fast paths leave to pdfmake (links, underline, backgrounds, dashes, fills, opacity, spacing) draws as pdfmake draws it', async () => {
    const doc = {
      defaultStyle: { font: FONT_FAMILY, fontSize: 9 },
      content: [
        {
          text: [
            '普通文字',
            { text: '下划线', decoration: 'underline' },
            { text: '链接', link: 'https://example.invalid' },
            { text: '底色', background: '#ffee88' },
            'x',
            { text: '2', sup: true },
            'H',
            { text: '2', sub: true },
            'O',
          ],
        },
        { text: '半透明的灰色文字', color: '#777777', opacity: 0.5 },
        { text: '字距加宽的文字', characterSpacing: 2 },
        { text: '右对齐', alignment: 'right', color: 'red' },
        {
          text: '两端对齐的一段较长文字，两端对齐的一段较长文字，两端对齐的一段较长文字，两端对齐的一段较长文字 end of line words here',
          alignment: 'justify',
        },
        {
          table: {
            widths: [60, '*', 60],
            body: [
              ['甲', { text: '乙', fillColor: '#dddddd' }, '丙'],
              ['一', '二', '三'],
            ],
          },
          layout: {
            hLineColor: () => '#1f4e79',
            vLineColor: () => 'blue',
            hLineStyle: (i: number) => (i === 1 ? { dash: { length: 2, space: 2 } } : null),
            hLineWidth: () => 0.8,
            vLineWidth: () => 0.4,
          },
        },
        {
          canvas: [
            { type: 'line', x1: 0, y1: 5, x2: 200, y2: 5, lineWidth: 3, lineCap: 'round', lineColor: 'green' },
            { type: 'line', x1: 0, y1: 15, x2: 200, y2: 15, strokeOpacity: 0.4 },
            { type: 'rect', x: 0, y: 20, w: 50, h: 10, color: '#cccccc' },
          ],
        },
        { text: '最后一行', margin: [0, 6, 0, 0] },
      ],
    };
    const plainDoc = temp.file('mixed.json');
    writeFileSync(plainDoc, JSON.stringify(doc));
    const ours = temp.file('mixed-ours.pdf');
    const plain = temp.file('mixed-plain.pdf');
    writeFileSync(ours, await renderPdf(JSON.parse(JSON.stringify(doc)) as never));
    renderPlain(plainDoc, plain);
    expect(pdfWords(ours).map((w) => w.text)).toEqual(pdfWords(plain).map((w) => w.text));
    expectSamePixels(ours, plain);
  });
});
