import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FilingHistory, FilingHistoryInspection } from '../../../shared/ipc/channels/rounds';
import { HistoryRound } from '../../../renderer/src/features/institutions/HistoryRound';
import { RectificationBadge } from '../../../renderer/src/features/institutions/RectificationBadge';
import { initI18n } from '../../../renderer/src/i18n';

// Issue 15 §1: a filing's history shows every round, score, outcome, PDF and rectification.
const inspection = (over: Partial<FilingHistoryInspection>): FilingHistoryInspection => ({
  inspectionId: 7,
  purpose: 'assessment',
  scope: null,
  inspectionDate: '2030-03-01',
  revision: 1,
  status: 'locked',
  templateId: 'made-up',
  templateVersion: '1',
  scoreHundredths: 5850,
  outcomeLabel: '暂时不予延续备案',
  reviewStatus: null,
  pdfs: [],
  ...over,
});

const deviceRound: FilingHistory['rounds'][number] = {
  round: { uid: 'b'.repeat(32), name: '2030年度延续备案评估', year: 2030, origin: 'device', openedBy: 'dev', openedAt: '2030-03-01T00:00:00Z' },
  inspections: [
    inspection({ pdfs: [{ name: 'sheet-7.pdf', source: 'report', ref: 7 }] }),
    inspection({
      inspectionId: null,
      purpose: 'followUp',
      scope: 'findings',
      inspectionDate: '2030-05-01',
      pdfs: [{ name: 'recheck.pdf', source: 'history', ref: 3 }],
    }),
  ],
  rectifications: [
    {
      uid: 'c'.repeat(32),
      outcomeLabel: '暂时不予延续备案',
      dueOn: '2030-05-10',
      stage: 'decided',
      watch: 'none',
      decision: 'renew',
      decisionLabel: '准予延续',
    },
  ],
};

const render = (element: React.ReactElement) => renderToStaticMarkup(element);

beforeAll(() => {
  initI18n('zh-CN');
});

describe('the filing history (issue 15)', () => {
  it('a round of this laptop: its inspections with score, outcome, PDFs, and its rectification with the decision', () => {
    const html = render(createElement(HistoryRound, { entry: deviceRound }));
    expect(html).toContain('data-testid="history-round"');
    expect(html.match(/data-testid="history-inspection"/g)).toHaveLength(2);
    expect(html.match(/data-testid="history-rectification"/g)).toHaveLength(1);
    for (const text of [
      '2030年度延续备案评估',
      '本机轮次',
      '58.5',
      '暂时不予延续备案',
      '整改复查',
      '仅复查整改事项',
      '2030-05-10',
      '已决定',
      '准予延续',
    ])
      expect(html).toContain(text);
    // This store's report opens; a PDF only a pack described is named, without a button.
    expect(html).toMatch(/<button[^>]*>sheet-7\.pdf<\/button>/);
    expect(html).not.toMatch(/<button[^>]*>recheck\.pdf<\/button>/);
    expect(html).toContain('recheck.pdf');
  });

  it('inspections made before rounds are 早期核查', () => {
    const html = render(createElement(HistoryRound, { entry: { round: null, inspections: [inspection({})], rectifications: [] } }));
    expect(html).toContain('早期核查');
    expect(html).not.toContain('history-rectification');
  });

  it('the badge: 整改中, 即将到期 with the working days left, 整改逾期; nothing without a rectification', () => {
    const badge = (watch: 'none' | 'inProgress' | 'dueSoon' | 'overdue') =>
      render(createElement(RectificationBadge, { rectification: { watch, dueOn: '2030-05-10', workingDaysLeft: 4 } }));
    expect(badge('inProgress')).toContain('整改中');
    expect(badge('dueSoon')).toContain('剩 4 个工作日');
    expect(badge('overdue')).toContain('整改逾期');
    expect(badge('none')).toBe('');
    expect(render(createElement(RectificationBadge, { rectification: null }))).toBe('');
  });
});
