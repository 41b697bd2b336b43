import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../shared/domain/deadlines';
import { allItems, getTemplate, validateTemplate, type Template } from '../../../shared/domain/templates';
import type { InspectionRecord } from '../../../shared/store/records';
import { useInspectionStore } from '../../../renderer/src/features/inspection/inspectionStore';
import { SamplingStep } from '../../../renderer/src/features/sampling/SamplingStep';
import { ScoringStep } from '../../../renderer/src/features/scoring/ScoringStep';
import { VetoStep } from '../../../renderer/src/features/vetoes/VetoStep';
import { OutcomeStep } from '../../../renderer/src/features/outcome/OutcomeStep';
import { initI18n } from '../../../renderer/src/i18n';

// Issue 14 point 6: the scoring screens render a form they have never seen, from its data alone — every section,
// group, item of every scoring kind, penalty, veto, context fact and sampling draw.
const form: Template = {
  id: 'made-up-form',
  version: '1',
  title: '虚构评估表',
  source: { notice: '虚构〔2030〕1号', attachment: '附件9', issuer: '虚构局', date: '2030-01-01' },
  declaredTotal: 2000,
  declaredTotalSource: '虚构',
  passMark: { points: 1200, source: '虚构合格线', configurable: false },
  layout: {
    columnGroups: [],
    columns: [
      { key: 'group', label: '项目' },
      { key: 'content', label: '内容' },
      { key: 'method', label: '办法' },
      { key: 'scoringRule', label: '标准' },
      { key: 'maxPoints', label: '分值' },
      { key: 'selfScore', label: '自评' },
      { key: 'inspectorScore', label: '核查', addedByApp: true },
    ],
    headerFields: [],
  },
  sections: [
    {
      id: 'S1',
      title: '甲部分',
      declaredMax: 1000,
      groups: [
        {
          id: 'G1',
          title: '甲组',
          declaredMax: 1000,
          items: [
            {
              id: 'Z-1',
              content: '选档内容',
              method: '查阅资料',
              scoringRule: '好5分，中1-4分，差0分',
              maxPoints: 500,
              scoring: {
                kind: 'tiered',
                tiers: [
                  { id: '1', label: '好(5分)', min: 500, max: 500 },
                  { id: '2', label: '中(1-4分)', min: 100, max: 400 },
                  { id: '3', label: '差(0分)', min: 0, max: 0 },
                ],
              },
            },
            {
              id: 'Z-2',
              content: '扣分内容',
              method: null,
              scoringRule: '每批次扣1分',
              maxPoints: 300,
              scoring: {
                kind: 'deduction',
                rules: [{ id: 'a', text: '每批次扣1分', points: 100, per: 'batch' }],
                floorStatedInText: false,
                sharedWithItemIds: ['Z-3'],
              },
            },
            {
              id: 'Z-3',
              content: '共同评分内容',
              method: null,
              scoringRule: '每批次扣1分',
              maxPoints: 200,
              scoring: { kind: 'shared', leadItemId: 'Z-2' },
            },
          ],
        },
      ],
    },
    {
      id: 'S2',
      title: '乙部分',
      declaredMax: 1000,
      groups: [
        {
          id: 'G2',
          title: null,
          declaredMax: null,
          items: [
            {
              id: 'Z-4',
              content: '比例内容',
              method: null,
              scoringRule: '比例分档',
              maxPoints: 500,
              scoring: {
                kind: 'ratioBracket',
                numeratorLabel: '上网人数',
                denominatorLabel: '总人数',
                brackets: [
                  { id: '1', label: '50%以上(5分)', from: { percent: 50, inclusive: true }, to: { percent: 100, inclusive: true }, points: 500 },
                  { id: '2', label: '不足50%(0分)', from: { percent: 0, inclusive: true }, to: { percent: 50, inclusive: false }, points: 0 },
                ],
                reasonOptions: ['其他'],
              },
            },
            {
              id: 'Z-5',
              content: '自有考评员内容',
              method: '逐职业查看',
              scoringRule: '无自有扣5分',
              maxPoints: 500,
              scoring: {
                kind: 'unitRatioDeduction',
                unit: 'occupation',
                numeratorLabel: '自有人数',
                denominatorLabel: '全部人数',
                tiers: [{ id: 'none', label: '无自有扣5分', when: { kind: 'none' }, points: 500 }],
              },
            },
          ],
        },
      ],
    },
  ],
  penalties: [{ id: 'P-1', content: '虚构倒扣情形', scoringRule: '每起扣2分', pointsPerOccurrence: 200 }],
  vetoes: [{ id: 'V-1', text: '虚构否决情形' }],
  contextFacts: [{ id: 'madeUpFact', label: '虚构的结论情形', source: '虚构〔2030〕1号 §一' }],
  outcome: {
    rules: [
      { ruleId: 'R-Z-1', when: { kind: 'anyVeto' }, category: 'fail', reason: '否决', source: '虚构' },
      {
        ruleId: 'R-Z-2',
        when: { kind: 'contextFlag', flag: 'madeUpFact' },
        category: 'defer',
        reason: '整改',
        source: '虚构',
        rectification: { unit: 'workingDays', count: 10 },
      },
      { ruleId: 'R-Z-3', when: { kind: 'always' }, category: 'pass', reason: '合格', source: '虚构' },
    ],
    tracksByFilingYear: {},
    labels: { fail: '不合格', defer: '限期整改', pass: '合格' },
  },
  sampling: [{ rule: 'R-SM-02', itemIds: ['Z-2'] }],
  autoFindings: [{ finding: 'outOfScope', target: { kind: 'veto', vetoId: 'V-1' } }],
};

const inspection = {
  id: 1,
  institutionId: 1,
  filingId: 1,
  templateId: form.id,
  status: 'draft',
  inspectionDate: '2030-03-01',
  panel: [],
} as unknown as InspectionRecord;
const render = (step: () => React.JSX.Element | null) => renderToStaticMarkup(createElement(step));

beforeAll(() => {
  initI18n('zh-CN');
  // Server rendering reads a zustand store's initial state (getServerSnapshot), so the open inspection goes there.
  Object.assign(useInspectionStore.getInitialState(), {
    id: 1,
    inspection,
    template: form,
    calendar: createWorkingCalendar({ version: 'test', holidays: [], makeupWorkdays: [] }),
    // One occupation counted, so the per-unit editor shows its two counts.
    answers: { 'Z-5': { units: [{ id: '4-01-01-01', own: 1, total: 2 }] } },
  });
});

describe('the scoring screens render any valid form from its data', () => {
  it('the made-up form is valid', () => {
    expect(validateTemplate(form).errors).toEqual([]);
  });

  it('scoring shows every section, group and item, with an editor for each scoring kind', () => {
    const html = render(ScoringStep);
    for (const section of form.sections) expect(html).toContain(section.title);
    expect(html).toContain('甲组');
    for (const { item } of allItems(form)) {
      expect(html).toContain(`data-testid="item-${item.id}"`);
      expect(html).toContain(item.content);
    }
    for (const text of ['好(5分)', '每批次扣1分', '上网人数', '自有人数', '查阅资料']) expect(html).toContain(text);
  });

  it('the scoring table’s headings are the form’s own column labels, not the official forms’', () => {
    const html = render(ScoringStep);
    for (const label of ['项目', '内容', '办法', '标准', '分值', '自评', '核查']) expect(html).toContain(`<th scope="col">${label}</th>`);
    for (const official of ['评估项目', '评估内容', '评估办法', '评分标准', '自评得分', '核查得分'])
      expect(html).not.toContain(`<th scope="col">${official}</th>`);
    expect(html).toContain('class="self-score"');
    expect(html).toContain('<th scope="col">差异</th>'); // the app's own, beside the self-score
  });

  it('a layout without group, method and self-score columns shows none of them, nor a self-score input or 差异; 分值 stays', () => {
    const state = useInspectionStore.getInitialState();
    const layout = { ...form.layout, columns: form.layout.columns.filter((c) => !['group', 'method', 'maxPoints', 'selfScore'].includes(c.key)) };
    Object.assign(state, { template: { ...form, layout } });
    try {
      const html = render(ScoringStep);
      for (const label of ['内容', '标准', '分值', '核查']) expect(html).toContain(`<th scope="col">${label}</th>`);
      for (const absent of [
        '<th scope="col">项目</th>',
        '<th scope="col">办法</th>',
        '<th scope="col">自评</th>',
        '差异',
        'class="self-score"',
        'group-cell',
        '查阅资料',
      ])
        expect(html).not.toContain(absent);
      for (const { item } of allItems(form)) expect(html).toContain(item.content);
      // The maximum is the app's own column when the layout has none; the editor row spans 内容, 标准, 分值, 核查.
      expect(html).toContain('<td colSpan="4">');
    } finally {
      Object.assign(state, { template: form });
    }
  });

  it.each([
    ['shanxi-renewal-2023', ['评估项目', '评估内容', '评估办法', '评分标准', '分值', '得分'], ['自评得分', '差异']],
    ['shandong-enterprise-2024', ['内容', '评估得分取值', '最高得分', '自评得分', '核查得分', '差异'], ['评估项目', '评估办法']],
  ])('the official form %s shows the columns of its print layout', (id, shown, absent) => {
    const state = useInspectionStore.getInitialState();
    Object.assign(state, { template: getTemplate(id) });
    try {
      const html = render(ScoringStep);
      for (const label of shown) expect(html).toContain(`<th scope="col">${label}</th>`);
      for (const label of absent) expect(html).not.toContain(`<th scope="col">${label}</th>`);
    } finally {
      Object.assign(state, { template: form });
    }
  });

  it('vetoes, context facts and penalties are the form’s own', () => {
    const html = render(VetoStep);
    for (const text of ['虚构否决情形', '虚构的结论情形', '虚构〔2030〕1号 §一', '虚构倒扣情形']) expect(html).toContain(text);
  });

  it('sampling offers the draws the form lists, for its items', () => {
    const html = render(SamplingStep);
    expect(html).toContain('data-testid="draw-R-SM-02"');
    expect(html).toContain('Z-2');
    expect(html).not.toContain('data-testid="draw-R-SM-01"');
  });

  it('the outcome uses the form’s labels and the deciding rule’s rectification, in working days of the calendar', () => {
    const state = useInspectionStore.getInitialState();
    Object.assign(state, { answers: { ...state.answers, 'veto:V-1': { answer: '否' }, context: { madeUpFact: true } } });
    const html = render(OutcomeStep);
    expect(html).toContain('限期整改');
    expect(html).toContain('R-Z-2');
    // 2030-03-01 is a Friday; ten working days later, weekends only, is Friday 2030-03-15.
    expect(html).toContain('2030-03-15 前完成整改（限期10个工作日）');
  });
});
