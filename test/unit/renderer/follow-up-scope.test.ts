import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../shared/domain/deadlines';
import type { RectificationFinding } from '../../../shared/domain/rectification/types';
import type { Template } from '../../../shared/domain/templates/types';
import type { InstitutionListRow } from '../../../shared/ipc/channels/institutions';
import type { InspectionRecord } from '../../../shared/store/records';
import { FollowUpBanner } from '../../../renderer/src/features/inspection/FollowUpBanner';
import { useInspectionStore } from '../../../renderer/src/features/inspection/inspectionStore';
import { reCheckScope } from '../../../renderer/src/features/inspection/reCheckScope';
import { filterInstitutions, noFilters, searchKey } from '../../../renderer/src/features/institutions/filterInstitutions';
import { ScoringStep } from '../../../renderer/src/features/scoring/ScoringStep';
import { VetoStep } from '../../../renderer/src/features/vetoes/VetoStep';
import { initI18n } from '../../../renderer/src/i18n';
import type { FollowUpInfo } from '../../../renderer/src/lib/roundsContract';

// Issue 15: a follow-up limited to its findings re-answers only the listed items, penalties and vetoes; the window
// learns which from the findings' form ids (data), on a form it has never seen.
const deduction = (id: string) => ({
  id,
  content: `内容${id}`,
  method: null,
  scoringRule: '每批次扣1分',
  maxPoints: 500,
  scoring: { kind: 'deduction' as const, rules: [{ id: 'a', text: '每批次扣1分', points: 100, per: 'batch' as const }], floorStatedInText: false },
});

const form = {
  id: 'made-up-follow-up-form',
  version: '1',
  title: '虚构评估表',
  source: { notice: '虚构〔2030〕1号', attachment: '附件9', issuer: '虚构局', date: '2030-01-01' },
  declaredTotal: 1000,
  declaredTotalSource: '虚构',
  passMark: { points: 600, source: '虚构合格线', configurable: false },
  layout: {
    columnGroups: [],
    columns: [
      { key: 'content', label: '内容' },
      { key: 'scoringRule', label: '标准' },
      { key: 'maxPoints', label: '分值' },
      { key: 'inspectorScore', label: '核查', addedByApp: true },
    ],
    headerFields: [],
  },
  sections: [
    {
      id: 'S1',
      title: '甲部分',
      declaredMax: 1000,
      groups: [{ id: 'G1', title: null, declaredMax: null, items: [deduction('Q-1'), deduction('Q-2')] }],
    },
  ],
  penalties: [
    { id: 'PX-1', content: '虚构倒扣一', scoringRule: '每起扣2分', pointsPerOccurrence: 200 },
    { id: 'PX-2', content: '虚构倒扣二', scoringRule: '每起扣2分', pointsPerOccurrence: 200 },
  ],
  vetoes: [
    { id: 'VX-1', text: '虚构否决一' },
    { id: 'VX-2', text: '虚构否决二' },
  ],
  contextFacts: [],
  outcome: {
    rules: [{ ruleId: 'R-Q-1', when: { kind: 'always' }, category: 'pass', reason: '合格', source: '虚构' }],
    tracksByFilingYear: {},
    labels: { pass: '合格' },
  },
  sampling: [],
  autoFindings: [],
} as unknown as Template;

const finding = (kind: RectificationFinding['kind'], refId: string, label: string): RectificationFinding => ({
  key: `${kind}:${refId}`,
  kind,
  refId,
  label,
  pointsLostHundredths: kind === 'veto' ? null : 200,
  notes: ['原核查记录'],
});

const followUp: FollowUpInfo = {
  rectificationUid: 'a'.repeat(32),
  scope: 'findings',
  findings: [finding('deduction', 'Q-1', 'Q-1 内容Q-1'), finding('penalty', 'PX-2', '虚构倒扣二'), finding('veto', 'VX-1', '虚构否决一')],
  dueOn: '2030-05-10',
  outcomeLabel: '暂时不予延续备案',
};

const inspection = { id: 1, institutionId: 1, filingId: 1, templateId: form.id, status: 'draft', inspectionDate: '2030-03-01', panel: [] };
const render = (step: () => React.JSX.Element | null) => renderToStaticMarkup(createElement(step));
/** The HTML of the element whose data-testid is `testId`, up to the next element of the same tag. */
const rowOf = (html: string, tag: string, testId: string) => {
  const start = html.indexOf(`data-testid="${testId}"`);
  expect(start).toBeGreaterThan(-1);
  const open = html.lastIndexOf(`<${tag}`, start);
  const next = html.indexOf(`<${tag} `, start);
  return html.slice(open, next === -1 ? undefined : next);
};

beforeAll(() => {
  initI18n('zh-CN');
  Object.assign(useInspectionStore.getInitialState(), {
    id: 1,
    inspection: inspection as unknown as InspectionRecord,
    template: form,
    calendar: createWorkingCalendar({ version: 'test', holidays: [], makeupWorkdays: [] }),
    answers: {},
    followUp,
  });
});

describe('a follow-up limited to its findings (issue 15)', () => {
  it('the scope comes from the findings by kind; a full follow-up or an assessment has none', () => {
    const scope = reCheckScope(followUp);
    expect([...(scope?.items ?? [])]).toEqual(['Q-1']);
    expect([...(scope?.penalties ?? [])]).toEqual(['PX-2']);
    expect([...(scope?.vetoes ?? [])]).toEqual(['VX-1']);
    expect(reCheckScope({ ...followUp, scope: 'full' })).toBeNull();
    expect(reCheckScope(null)).toBeNull();
  });

  it('the banner lists the findings to re-check and the deadline', () => {
    const html = render(FollowUpBanner);
    expect(html).toContain('data-testid="follow-up-banner"');
    expect(html.match(/data-testid="follow-up-finding"/g)).toHaveLength(3);
    for (const text of ['整改复查', '暂时不予延续备案', '2030-05-10', '虚构否决一', '原扣 2 分']) expect(html).toContain(text);
  });

  it('scoring: the listed item stays editable, the other is read-only and marked 非复查事项', () => {
    const html = render(ScoringStep);
    const editorOf = (id: string) =>
      html.slice(
        html.indexOf(`data-testid="item-${id}"`),
        html.indexOf('</tr>', html.indexOf('editor-row', html.indexOf(`data-testid="item-${id}"`))),
      );
    expect(editorOf('Q-1')).not.toContain('非复查事项');
    expect(editorOf('Q-1')).toContain('<button'); // a read-only editor offers no buttons
    expect(editorOf('Q-2')).toContain('非复查事项');
    expect(editorOf('Q-2')).not.toContain('<button');
  });

  it('vetoes and penalties: only the listed ones can be answered', () => {
    const html = render(VetoStep);
    expect(rowOf(html, 'tr', 'veto-VX-1')).not.toContain('非复查事项');
    expect(rowOf(html, 'tr', 'veto-VX-1')).toContain('type="radio" name="veto-VX-1"/>');
    expect(rowOf(html, 'tr', 'veto-VX-2')).toContain('非复查事项');
    expect(rowOf(html, 'tr', 'veto-VX-2')).toContain('type="radio" disabled="" name="veto-VX-2"');
    expect(rowOf(html, 'div', 'penalty-PX-1')).toContain('非复查事项');
    expect(rowOf(html, 'div', 'penalty-PX-2')).not.toContain('非复查事项');
  });

  it('a full follow-up marks nothing', () => {
    const state = useInspectionStore.getInitialState();
    Object.assign(state, { followUp: { ...followUp, scope: 'full' } });
    try {
      expect(render(ScoringStep)).not.toContain('非复查事项');
      expect(render(VetoStep)).not.toContain('非复查事项');
    } finally {
      Object.assign(state, { followUp });
    }
  });
});

describe('the institution list filters by rectification watch', () => {
  const row = (id: number, watch: 'none' | 'inProgress' | 'dueSoon' | 'overdue' | null) =>
    ({
      id,
      institutionId: id,
      name: `机构${id}`,
      uscc: `USCC${id}`,
      kind: 'enterprise',
      filingNo: `F${id}`,
      filingYear: 2025,
      validFrom: null,
      validTo: null,
      region: null,
      status: 'active',
      statusLabel: '正常',
      demo: false,
      rectification: watch === null ? null : { uid: String(id).repeat(32).slice(0, 32), watch, dueOn: '2030-05-10', workingDaysLeft: 3 },
    }) as InstitutionListRow;
  const rows = [row(1, null), row(2, 'inProgress'), row(3, 'dueSoon'), row(4, 'overdue'), row(5, 'none')];
  const keys = rows.map(searchKey);
  const ids = (rectification: '' | 'open' | 'dueSoon' | 'overdue') =>
    filterInstitutions(rows, keys, { ...noFilters, rectification }).map((r) => r.id);

  it('整改即将到期, 整改逾期 and every open rectification; no filter keeps all', () => {
    expect(ids('dueSoon')).toEqual([3]);
    expect(ids('overdue')).toEqual([4]);
    expect(ids('open')).toEqual([2, 3, 4]);
    expect(ids('')).toEqual([1, 2, 3, 4, 5]);
  });
});
