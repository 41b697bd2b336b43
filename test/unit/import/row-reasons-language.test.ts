import { describe, expect, it } from 'vitest';
import { problemText, reasonText } from '../../../renderer/src/features/import/problemText';
import { findHeaderRow } from '../../../shared/import/header';
import { institutionColumns, institutionsImport } from '../../../shared/import/kinds/institutions';
import { validateRows } from '../../../shared/import/validate';
import { readYesNo } from '../../../shared/import/values';
import { usccFor } from '../../support/import-data';

const CJK = /[\u4e00-\u9fff]/;
const HEADER = ['评价机构名称', '统一社会信用代码', '机构类别', '机构备案号', '备案年度', '央企分支机构'];

/** The preview rows of a small institution list, as main builds them for the window. */
function previewOf(rows: (string | number)[][]) {
  const match = findHeaderRow([HEADER], institutionColumns);
  if (!match) throw new Error('header not found');
  const values = rows.map((cells, i) => ({ row: i + 2, values: Object.fromEntries(match.keys.map((key, c) => [key, cells[c] ?? null])) }));
  return validateRows(institutionsImport, match, values, { previewRows: 10 }).preview;
}

describe('import row reasons in the window’s language', () => {
  const good = usccFor(1);
  const badCheck = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;

  it('an English preview words a row reason in English: no Chinese beyond the file’s own header', () => {
    const [valid, wrong] = previewOf([
      ['甲机构', good, '自主评价企业', 'F1', 2020, '否'],
      ['乙机构', badCheck, '自主评价企业', 'F2', 2020, '否'],
    ]);
    expect(valid?.errors).toEqual([]);
    expect(wrong?.errors).toEqual([
      { column: '统一社会信用代码', reason: { code: 'ROW_USCC_CHECK_DIGIT', params: { expected: good[17], actual: badCheck[17] } } },
    ]);
    const problem = wrong!.errors[0]!;
    expect(reasonText(problem.reason, 'en')).toBe(
      `Wrong check character in the unified social credit code: the 18th character should be “${good[17]}”, not “${badCheck[17]}”`,
    );
    expect(reasonText(problem.reason, 'en')).not.toMatch(CJK);
    expect(problemText(problem, 'en')).toBe(`统一社会信用代码: ${reasonText(problem.reason, 'en')}`);
    // The Chinese window says it as before, once (the reason already names the column).
    expect(problemText(problem, 'zh-CN')).toBe(`统一社会信用代码校验位错误：第18位应为“${good[17]}”，实际为“${badCheck[17]}”`);
  });

  it('a yes/no cell names the words it accepts in either language, and the English words are accepted', () => {
    const [row] = previewOf([['甲机构', good, '自主评价企业', 'F1', 2020, '也许']]);
    const problem = row!.errors[0]!;
    expect(problem.reason).toEqual({ code: 'ROW_NOT_A_CHOICE', params: { text: '也许', choices: 'TERM_ROW_YES_OR_NO' } });
    expect(reasonText(problem.reason, 'zh-CN')).toBe('“也许”不是有效值，应为 是 或 否');
    expect(reasonText(problem.reason, 'en')).toBe('“也许” is not a valid value; use yes or no');
    expect([readYesNo('yes'), readYesNo('no')]).toEqual([true, false]);
  });
});
