import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/import/csv';
import { findHeaderRow, normalizeHeader } from '../../../shared/import/header';
import { institutionColumns } from '../../../shared/import/kinds/institutions';

const records = (text: string) => [...parseCsv(text)].map((r) => r.cells);

describe('RFC 4180 CSV', () => {
  it('quoted commas, doubled quotes, line breaks inside quotes, CRLF / LF / CR', () => {
    expect(records('a,"b,c","d""e"\r\n"x\ny",z\rlast,')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['x\ny', 'z'],
      ['last', ''],
    ]);
  });

  it('numbers records as Excel numbers rows, a quoted line break not counting', () => {
    expect([...parseCsv('h\n"a\nb"\nc\n')].map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('flags a quote that never closes', () => {
    expect([...parseCsv('a,"b\nc')].at(-1)).toMatchObject({ row: 1, unterminatedQuote: true });
  });

  it('is lenient like Excel with stray quotes', () => {
    expect(records('a"b,"c"d')).toEqual([['a"b', 'cd']]);
  });
});

describe('header matching', () => {
  it('ignores full-width forms, blanks, asterisks and colons', () => {
    expect(normalizeHeader(' *机构名称（签章）： ')).toBe('机构名称(签章)');
  });

  it('finds the header below title rows, by synonyms', () => {
    const match = findHeaderRow(
      [['阳泉市职业技能等级认定评估机构名单'], [], ['序号', '评价机构类型', '评价机构名称', '备案时间', '社会信用代码']],
      institutionColumns,
    );
    expect(match?.index).toBe(2);
    expect(match?.keys).toEqual([null, 'kind', 'name', 'filingYear', 'uscc']);
  });
});
