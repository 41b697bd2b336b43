import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileFormSheets, formProblemOf, formSheetsOf, type FormCell, type FormSheet } from '../../../../shared/domain/forms';
import { getTemplate, listTemplates, templateHash, validateTemplate, type Template } from '../../../../shared/domain/templates';

// The example of docs/form-format.md: every sheet and every kind of scoring.
const example = JSON.parse(readFileSync(new URL('../../../fixtures/forms/example-office-2025.json', import.meta.url), 'utf8')) as Template;

function sheet(sheets: FormSheet[], name: string): FormSheet {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Sets the cell under `header` in the first data row whose column `keyHeader` is `key`; returns the Excel row. */
function setCell(sheets: FormSheet[], name: string, keyHeader: string, key: string, header: string, value: FormCell): number {
  const rows = sheet(sheets, name).rows;
  const head = rows[0] ?? [];
  const keyColumn = head.indexOf(keyHeader);
  const column = head.indexOf(header);
  const index = rows.findIndex((row, i) => i > 0 && row[keyColumn] === key);
  const row = rows[index];
  if (!row || column < 0) throw new Error(`no cell ${name}/${key}/${header}`);
  row[column] = value;
  return index + 1;
}

describe('compileFormSheets / formSheetsOf', () => {
  it.each([...listTemplates(), example].map((t) => [t.id, t] as const))(
    '%s: compile(export(t)) deep-equals t and keeps its hash',
    (_id, template) => {
      const { template: compiled, problems } = compileFormSheets(formSheetsOf(template));
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(compiled).toStrictEqual(template);
      expect(templateHash(compiled!)).toBe(templateHash(template));
    },
  );

  it('the example of docs/form-format.md is a valid form', () => {
    expect(validateTemplate(example).errors).toEqual([]);
    expect(compileFormSheets(formSheetsOf(example)).problems).toEqual([]);
  });

  it('writes points as decimal numbers of points and reads them back as hundredths', () => {
    const sheets = formSheetsOf(getTemplate('shanxi-renewal-2023'));
    const rows = sheet(sheets, '单位比例扣分').rows;
    expect(rows[0]).toEqual(['项目编号', '编号', '档次原文', '条件', '分子', '分母', '扣分']);
    expect(rows.slice(1).map((r) => r[6])).toContain(1.5);
  });

  it('R-YQ-01 the 92 ≠ 100 declared total is a warning placed on the 表头 row of 声明满分, and the form still compiles', () => {
    const { template, problems } = compileFormSheets(formSheetsOf(getTemplate('shanxi-renewal-2023')));
    expect(template).toBeDefined();
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'FORM_DECLARED_TOTAL',
        sheet: '表头',
        row: 9,
        column: { header: '值', letter: 'B' },
      }),
    ]);
  });

  it('names sheet, row and column of a cell that is not a number of points, and compiles no template', () => {
    const sheets = formSheetsOf(getTemplate('shandong-enterprise-2024'));
    const row = setCell(sheets, '项目', '编号', '2.2', '分值', '2.555');
    const { template, problems } = compileFormSheets(sheets);
    expect(template).toBeUndefined();
    expect(problems).toEqual([
      { severity: 'error', code: 'FORM_NOT_POINTS', params: { text: '2.555' }, sheet: '项目', row, column: { header: '分值', letter: 'F' } },
    ]);
  });

  it('places a validation problem (section sum) on the row of its section through the source map', () => {
    const sheets = formSheetsOf(getTemplate('shandong-enterprise-2024'));
    const row = setCell(sheets, '类别', '编号', '1', '分值', 21);
    const { template, problems } = compileFormSheets(sheets);
    expect(template).toBeUndefined();
    const sum = problems.find((p) => p.check === 'SECTION_SUM');
    expect(sum).toMatchObject({ severity: 'error', code: 'FORM_SECTION_SUM', sheet: '类别', row });
  });

  it('refuses an unknown scoring word, a missing sheet and a detail row of an unknown item, each at its cell', () => {
    const sheets = formSheetsOf(getTemplate('shanxi-renewal-2023')).filter((s) => s.name !== '否决');
    setCell(sheets, '项目', '编号', '1.1.1', '计分方式', '随便');
    setCell(sheets, '扣分规则', '项目编号', '1.1.1', '项目编号', '9.9.9');
    const codes = compileFormSheets(sheets.filter((s) => s.name !== '表头')).problems.map((p) => [p.code, p.sheet, p.column?.header]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['FORM_SHEET_MISSING', '表头', undefined],
        ['FORM_NOT_A_CHOICE', '项目', '计分方式'],
        ['FORM_UNKNOWN_PARENT', '扣分规则', '项目编号'],
      ]),
    );
  });

  it('keeps multi-line verbatim texts and their spaces exactly', () => {
    const template = structuredClone(getTemplate('shandong-enterprise-2024'));
    const item = template.sections[0]!.groups[0]!.items[0]!;
    item.scoringRule = '  第一行\n第二行 （1-4分）\r\n\t第三行  ';
    const { template: compiled } = compileFormSheets(formSheetsOf(template));
    expect(compiled?.sections[0]?.groups[0]?.items[0]?.scoringRule).toBe(item.scoringRule);
    expect(templateHash(compiled!)).toBe(templateHash(template));
  });

  it('reads 是/否, booleans and numbers typed for ids the way a clerk may write them', () => {
    const sheets = formSheetsOf(getTemplate('shandong-enterprise-2024'));
    setCell(sheets, '表头', '字段', '合格分可设置', '值', true);
    setCell(sheets, '档次', '项目编号', '1.1', '最低分', ' 5 ');
    setCell(sheets, '项目', '编号', '1.2', '编号', 1.2);
    const { template, problems } = compileFormSheets(sheets);
    expect(problems).toEqual([]);
    expect(templateHash(template!)).toBe(templateHash(getTemplate('shandong-enterprise-2024')));
  });
});

describe('formProblemOf', () => {
  const sheets = formSheetsOf(getTemplate('shandong-enterprise-2024'));
  const { sourceMap } = compileFormSheets(sheets);

  it('places a Problem by its `at` locator: an element row, and the column of a named field', () => {
    expect(formProblemOf({ code: 'TIER_OUTSIDE_MAX', message: 'x', at: 'tier:1.1/2:min' }, 'error', sourceMap)).toMatchObject({
      code: 'FORM_CHECK_TIER_OUTSIDE_MAX',
      params: { message: 'x' },
      sheet: '档次',
      row: 3,
      column: { header: '最低分', letter: 'D' },
    });
    expect(formProblemOf({ code: 'BAD_REFERENCE', message: 'x', at: 'veto:6.2' }, 'error', sourceMap)).toMatchObject({ sheet: '否决', row: 3 });
    expect(formProblemOf({ code: 'PASS_MARK', message: 'x', at: 'form:passMark' }, 'warning', sourceMap)).toMatchObject({
      sheet: '表头',
      row: 11,
      column: { header: '值', letter: 'B' },
    });
  });

  it('falls back to the sheet of the part when the element is not in the map, and to the id when there is no `at`', () => {
    expect(formProblemOf({ code: 'BAD_REFERENCE', message: 'x', at: 'finding:7' }, 'error', sourceMap)).toMatchObject({ sheet: '自动发现' });
    expect(formProblemOf({ code: 'GROUP_SUM', message: 'x', id: '3' }, 'error', sourceMap)).toMatchObject({ sheet: '分组' });
  });
});

describe('the published summary (outcome.summary): 汇总表附件号 and 汇总表列标题', () => {
  const shanxi = getTemplate('shanxi-renewal-2023');

  it('the Shanxi form carries its 附件4 number and the two headings the notice words differently', () => {
    expect(shanxi.outcome.summary).toEqual({
      attachment: '附件4',
      headings: { terminate: '需终止备案的机构（涉及2020年、2021年备案的）', defer: '暂时不予延续备案机构（只涉及2020年备案的）' },
    });
  });

  it('a form file without the 汇总表列标题 column (written before it existed) still compiles, without a summary', () => {
    const template = getTemplate('shandong-enterprise-2024');
    const sheets = formSheetsOf(template);
    const labels = sheet(sheets, '结论名称');
    labels.rows = labels.rows.map((row) => row.slice(0, 2));
    const { template: compiled, problems } = compileFormSheets(sheets);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(compiled).toStrictEqual(template);
    expect(compiled?.outcome.summary).toBeUndefined();
  });

  it('a heading may stand without a label, and round-trips; headings without 汇总表附件号 are refused', () => {
    const template = structuredClone(shanxi);
    template.outcome.summary = { attachment: '附件9', headings: { undetermined: '待定的机构' } };
    const { template: compiled } = compileFormSheets(formSheetsOf(template));
    expect(compiled).toStrictEqual(template);

    const sheets = formSheetsOf(shanxi);
    const header = sheet(sheets, '表头');
    header.rows = header.rows.filter((row) => row[0] !== '汇总表附件号');
    const { template: refused, problems } = compileFormSheets(sheets);
    expect(refused).toBeUndefined();
    expect(problems).toMatchObject([{ severity: 'error', code: 'FORM_FIELD_MISSING', params: { text: '汇总表附件号' }, sheet: '表头' }]);
  });

  it('warns about a heading for an outcome no rule decides, at its 汇总表列标题 cell', () => {
    const template = structuredClone(shanxi);
    template.outcome.summary!.headings.pass = '合格的机构';
    const { problems } = compileFormSheets(formSheetsOf(template));
    const warning = problems.find((p) => p.code === 'FORM_SUMMARY_HEADING_UNUSED');
    expect(warning).toMatchObject({ severity: 'warning', sheet: '结论名称', column: { header: '汇总表列标题' } });
    const warnings = validateTemplate(template).warnings.filter((w) => w.reason === 'FORM_SUMMARY_HEADING_UNUSED');
    expect(warnings).toMatchObject([{ code: 'BAD_REFERENCE', at: 'summary:pass', params: { category: 'pass' } }]);
  });
});
