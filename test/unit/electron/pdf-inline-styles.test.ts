import { describe, expect, it } from 'vitest';
import { inlineNamedStyles } from '../../../electron/services/pdf/layout/inline-styles';
import { REPORT_STYLES } from '../../../electron/services/pdf/layout/page';
import { buildDocument } from '../../../electron/services/pdf/build-document';
import { shanxiSheetModel } from '../../support/report-fixtures';

const styles = { cell: { fontSize: 8.5 }, bold: { bold: true, fontSize: 10 }, title: { fontSize: 15, margin: [0, 0, 0, 8] } };

describe('inlineNamedStyles (pdfmake named styles resolved once, before layout)', () => {
  it('puts the named style on the node; the node’s own properties win; several names merge left to right', () => {
    expect(inlineNamedStyles({ text: 'a', style: 'cell' }, styles)).toEqual({ fontSize: 8.5, text: 'a' });
    expect(inlineNamedStyles({ text: 'a', style: 'cell', fontSize: 7 }, styles)).toEqual({ fontSize: 7, text: 'a' });
    expect(inlineNamedStyles({ text: 'a', style: ['cell', 'bold'] }, styles)).toEqual({ fontSize: 10, bold: true, text: 'a' });
    expect(inlineNamedStyles({ text: 'a', style: 'unknown' }, styles)).toEqual({ text: 'a' });
  });

  it('reaches nodes inside stacks, columns, table bodies and text runs, and leaves the input untouched', () => {
    const input = {
      stack: [{ columns: [{ text: [{ text: 'x', style: 'bold' }], style: 'title' }] }, { table: { body: [[{ text: 'c', style: 'cell' }]] } }],
    };
    const copy = structuredClone(input);
    expect(inlineNamedStyles(input, styles)).toEqual({
      stack: [
        { columns: [{ fontSize: 15, margin: [0, 0, 0, 8], text: [{ bold: true, fontSize: 10, text: 'x' }] }] },
        { table: { body: [[{ fontSize: 8.5, text: 'c' }]] } },
      ],
    });
    expect(input).toEqual(copy);
  });

  it('a built report carries no named style left for pdfmake to look up', () => {
    const doc = buildDocument(shanxiSheetModel());
    expect(doc.styles).toBeUndefined();
    expect(JSON.stringify(doc.content)).not.toMatch(/"style":/);
    expect(Object.keys(REPORT_STYLES ?? {})).toContain('cell');
  });
});
