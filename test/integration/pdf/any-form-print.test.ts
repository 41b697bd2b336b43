import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { summaryLayoutOf } from '../../../electron/services/pdf/layout/summary-layout';
import type { ReportModel } from '../../../electron/services/pdf/model';
import { renderReport } from '../../../electron/services/pdf/render-report';
import { score } from '../../../shared/domain/scoring';
import { validateTemplate } from '../../../shared/domain/templates/validate';
import { pdfText } from '../../support/poppler';
import { panel } from '../../support/report-fixtures';
import { makeTempDir } from '../../support/temp';
import { thirdForm } from '../../support/third-form';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const squeeze = (text: string) => text.replace(/\s+/g, '');

async function printed(name: string, model: ReportModel): Promise<string> {
  const file = temp.file(`${name}.pdf`);
  writeFileSync(file, await renderReport(model));
  return squeeze(pdfText(file));
}

/** Words only the two official forms (or their notices) print. */
const OFFICIAL_WORDS = ['阳人社函', '鲁人社函', '山西', '山东', '阳泉', '附件2', '附件3', '附件4', '评估办法', '自评得分', '2020年', '一票否决'];

const answers = {
  templateId: 'city-training-2026',
  items: {
    'A1.1': { tier: '1' },
    'A1.2': { deductions: { a: [{ count: 1, unit: { kind: 'batch', id: 'PC-2026-01' } }] } },
    'A2.1': { tier: '1' },
    'B1.1': { issued: 100, uploaded: 95 },
  },
  vetoes: { V1: { answer: '否' }, V2: { answer: '否' } },
  penalties: { P1: [{ count: 1 }] },
  context: {},
};

describe('a form that is neither official layout prints in its own columns', () => {
  const template = thirdForm();

  it('is a valid template', () => {
    expect(validateTemplate(template).errors).toEqual([]);
  });

  it('prints the blank sheet with its own column labels, column groups and header fields, and no official text', async () => {
    const text = await printed('blank', { kind: 'blank', template });
    for (const label of [
      '检查类别',
      '检查项目',
      '检查要点',
      '计分办法',
      '标准分',
      '检查得分',
      '检查内容',
      '计分',
      '培训机构名称',
      '机构备案号',
      '检查组长',
    ]) {
      expect(text, label).toContain(label);
    }
    for (const word of ['组织管理', '制度建设', '建立考务管理制度并公开', '未按规定公示评价结果', '伪造评价记录的', '直接确定为“不达标”的情形'])
      expect(text).toContain(word);
    for (const word of OFFICIAL_WORDS) expect(text, word).not.toContain(word);
  });

  it('prints the scored sheet with its scores, its penalty and its own outcome label', async () => {
    const result = score(template, answers);
    expect(result.outcome.label).toBe('达标');
    const text = await printed('sheet', {
      kind: 'sheet',
      template,
      result,
      institution: { name: '示例市技工培训中心', filingNo: 'S990100202601001', kindLabel: '社会培训评价组织', filedAt: '2026年1月' },
      inspection: { id: 'INS-2026-0001', date: '2026-04-02' },
      panel: panel(2),
      representative: null,
    });
    expect(text).toContain('培训机构名称:示例市技工培训中心');
    expect(text).toContain('机构备案号:S990100202601001');
    expect(text).toContain('评估结论:达标');
    expect(text).toContain('-1(1次)');
    expect(text).toContain('倒扣分:1分');
    for (const word of OFFICIAL_WORDS) expect(text, word).not.toContain(word);
  });

  it('prints its summary with one column per outcome category its rules decide, under its own labels', async () => {
    const layout = summaryLayoutOf(template);
    expect(layout.columns.map((c) => c.category)).toEqual(['pass', 'fail']);
    const row = (institutionName: string, opinion: 'pass' | 'fail', points: number) => ({
      institutionName,
      filingNo: 'S990100202601001',
      kindLabel: '社会培训评价组织',
      opinion,
      score: points,
    });
    const text = await printed('summary', {
      kind: 'summary',
      title: '2026年度备案机构评估意见汇总表',
      office: '示例市人力资源和社会保障局',
      layout,
      years: [{ filingYear: 2026, rows: [row('示例市技工培训中心', 'pass', 2200), row('示例市蓝天培训学校', 'fail', 1800)] }],
    });
    for (const word of ['达标的机构', '不达标的机构', '评估得分', '两类情况之一']) expect(text, word).toContain(word);
    for (const word of OFFICIAL_WORDS) expect(text, word).not.toContain(word);
  });
});
