import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRoundRules, ROUND_DRAW_ALGORITHM, type RoundDrawRecord } from '../../../shared/domain/double-random/types';
import type { ExpertView } from '../../../shared/ipc/channels/experts';
import type { RoundPlanView } from '../../../shared/ipc/channels/round-plans';
import { EXPERT_IMPORT_HREF } from '../../../renderer/src/features/expert-pool/expertForm';
import { ExpertPoolTab } from '../../../renderer/src/features/expert-pool/ExpertPoolTab';
import { useExpertPoolStore } from '../../../renderer/src/features/expert-pool/expertPoolStore';
import { RoundPlanDetail } from '../../../renderer/src/features/round-draws/RoundPlanDetail';
import { useRoundDrawsStore } from '../../../renderer/src/features/round-draws/roundDrawsStore';
import { officeTabs, parseRoute, routeHref } from '../../../renderer/src/app/router/routes';
import { initI18n } from '../../../renderer/src/i18n';

// Issue 16 §7: the two office tabs render what main gives (made-up data, no handler) with the test ids the e2e flow
// clicks, every code of the record in words, and no untranslated key in either language.

const uid = 'a'.repeat(32);
const previousUid = 'b'.repeat(32);

const expert = (code: string, patch: Partial<ExpertView> = {}): ExpertView => ({
  id: Number(code.slice(-1)),
  code,
  name: `专家${code}`,
  idNumberMasked: '3701**********1234',
  employerName: '某单位',
  employerUscc: null,
  region: '济南市',
  specialties: ['4-07-05-02'],
  roles: ['lead', 'member'],
  active: true,
  deviceKey: null,
  conflicts: [],
  updatedAt: '2026-01-01T00:00:00Z',
  ...patch,
});

const record: RoundDrawRecord = {
  algorithm: ROUND_DRAW_ALGORITHM,
  roundUid: uid,
  roundName: '2026年度延续备案评估',
  seed: 'c'.repeat(64),
  seedHash: 'd'.repeat(64),
  rules: defaultRoundRules(2026),
  institutionDirectoryHash: 'e'.repeat(64),
  expertDirectoryHash: 'f'.repeat(64),
  counts: { filings: 12, experts: 5, activeExperts: 4 },
  drawnAt: '2026-03-01T09:00:00Z',
  drawnBy: '某市人社局',
  selected: [
    {
      filingId: 11,
      filingNo: 'BA-011',
      uscc: '9'.repeat(18),
      institutionName: '甲培训学校',
      kind: 'socialOrg',
      reasons: ['renewal', 'processCheck'],
      batches: [{ batchId: 3, batchNo: 'PC-2025-03' }],
    },
    { filingId: 12, filingNo: 'BA-012', uscc: '8'.repeat(18), institutionName: '乙公司', kind: 'enterprise', reasons: ['spotCheck'], batches: [] },
  ],
  panels: [
    {
      filingId: 11,
      seats: [
        { code: 'ZJ-0001', name: '组长甲', role: 'lead', specialist: true },
        { code: 'ZJ-0002', name: '成员乙', role: 'member', specialist: false },
      ],
      exclusions: [{ code: 'ZJ-0003', name: '回避丙', reasons: ['sameEmployer', 'previousRound'] }],
      shortfall: null,
    },
    {
      filingId: 12,
      seats: [{ code: 'ZJ-0001', name: '组长甲', role: 'lead', specialist: false }],
      exclusions: [],
      shortfall: { leader: false, members: 2 },
    },
  ],
  notes: [
    { code: 'PANEL_SHORT', message: '乙公司的专家组缺成员 2 名。' },
    { code: 'POOL_INACTIVE_LEFT_OUT', message: '停用的 1 名专家未参加抽取。' },
  ],
};

const plan = (drawn: boolean): RoundPlanView => ({
  round: { uid, name: '2026年度延续备案评估', year: 2026, origin: 'office', openedBy: '某市人社局', openedAt: '2026-02-01T00:00:00Z' },
  rules: { ...defaultRoundRules(2026), processCheck: { year: 2025, batchPercent: { socialOrg: 40, enterprise: 10, college: 0 } } },
  seedHash: 'd'.repeat(64),
  seedSource: 'generated',
  seedNote: null,
  seed: drawn ? 'c'.repeat(64) : null,
  createdBy: '某市人社局',
  createdAt: '2026-02-01T00:00:00Z',
  draw: drawn ? record : null,
});

const render = (component: () => React.JSX.Element | null) => renderToStaticMarkup(createElement(component));
const renderPlan = (drawn: boolean) => renderToStaticMarkup(createElement(RoundPlanDetail, { plan: plan(drawn) }));
/** No i18next key left untranslated (a missing key renders as itself). */
const untranslated = (html: string) => html.match(/\b(?:roundDraws|expertPool|institutions|exports|common)\.[a-zA-Z.]+/g) ?? [];

function setState() {
  // Rendered on the server, a zustand store answers with its initial state.
  Object.assign(useRoundDrawsStore.getInitialState(), {
    plans: [
      { round: plan(false).round, seedHash: 'd'.repeat(64), drawnAt: null, selected: null, panels: null, shortPanels: null },
      {
        round: { ...plan(false).round, uid: previousUid, name: '2025年度延续备案评估', year: 2025 },
        seedHash: '0'.repeat(64),
        drawnAt: '2025-03-01T00:00:00Z',
        selected: 3,
        panels: 3,
        shortPanels: 0,
      },
    ],
    loaded: true,
    packs: [
      { leaderCode: 'ZJ-0001', leaderName: '组长甲', deviceKey: 'laptop-1', deviceLabel: '一号笔记本', filingIds: [11, 12], problem: null },
      { leaderCode: 'ZJ-0004', leaderName: '组长丁', deviceKey: null, deviceLabel: null, filingIds: [13], problem: 'noDevice' },
    ],
  });
  Object.assign(useExpertPoolStore.getInitialState(), {
    experts: [
      expert('ZJ-0001', { deviceKey: 'laptop-1' }),
      expert('ZJ-0002', { active: false, conflicts: [{ relation: 'worked', uscc: null, name: '甲培训学校', note: null }] }),
    ],
    loaded: true,
    editing: { mode: 'edit', expert: expert('ZJ-0002', { conflicts: [{ relation: 'related', uscc: '9'.repeat(18), name: null, note: '亲属' }] }) },
  });
}

describe.each(['zh-CN', 'en'])('the 双随机 office screens in %s', (language) => {
  beforeAll(() => {
    initI18n(language);
    setState();
  });

  it('both tabs are office tabs with their own links', () => {
    expect(officeTabs).toContain('experts');
    expect(officeTabs).toContain('draws');
    expect(routeHref({ name: 'office', tab: 'experts' })).toBe('#/office/experts');
    expect(parseRoute('#/office/draws')).toEqual({ name: 'office', tab: 'draws' });
  });

  it('the expert pool: rows by code with the masked ID, 停用/启用, the form with roles and conflicts, the import link', () => {
    const html = render(ExpertPoolTab);
    for (const id of ['expert-search', 'expert-new', 'expert-import-link', 'expert-row-ZJ-0001', 'expert-edit-ZJ-0002', 'expert-toggle-ZJ-0002'])
      expect(html).toContain(`data-testid="${id}"`);
    for (const field of ['name', 'id-number', 'code', 'employer', 'employer-uscc', 'region', 'specialties', 'lead', 'member', 'device'])
      expect(html).toContain(`data-testid="expert-field-${field}"`);
    expect(html).toContain('data-testid="expert-save"');
    expect(html).toContain(`href="${EXPERT_IMPORT_HREF}"`);
    expect(html).toContain('3701**********1234');
    expect(html).not.toMatch(/370102\d{8}/);
    // The conflicts editor holds the expert's declared conflict with its relation in words.
    expect(html).toContain('data-testid="expert-conflict-0"');
    expect(html).toMatch(/<option value="related" selected="">与该机构有利害关系<\/option>/);
    expect(untranslated(html)).toEqual([]);
  });

  it('before the draw: the seed’s hash first, the rules editable with the R-SM-05 warning, the draw button', () => {
    const html = renderPlan(false);
    expect(html).toContain(`data-testid="round-seed-hash">${'d'.repeat(64)}<`);
    if (language === 'zh-CN') expect(html).toContain('请先公布此哈希值');
    expect(html.indexOf('round-seed-hash')).toBeLessThan(html.indexOf('round-rules-members'));
    for (const id of [
      'round-rules-members',
      'round-rules-max-panels',
      'round-rules-renewal-from',
      'round-rules-renewal-to',
      'round-rules-save',
      'round-draw',
    ])
      expect(html).toContain(`data-testid="${id}"`);
    // R-SM-05: 40 % for social organisations is below 50 %: the warning quotes the notice.
    expect(html).toContain('data-testid="round-rules-below-minimum"');
    expect(html).toContain('不少于评价批次的50%');
    // The previous round offers only drawn plans, never this one.
    expect(html).toContain(`<option value="${previousUid}">2025年度延续备案评估</option>`);
    expect(html).not.toContain(`<option value="${uid}">`);
    expect(html).not.toContain('data-testid="round-draw-result"');
    expect(untranslated(html)).toEqual([]);
  });

  it('after the draw: rules read-only, notes, each filing with reasons, panel and exclusions in words, shortfall highlighted', () => {
    const html = renderPlan(true);
    expect(html).not.toContain('data-testid="round-rules-save"');
    expect(html).not.toContain('data-testid="round-draw"');
    expect(html).toMatch(/<fieldset class="fieldset" disabled="">/);
    expect(html.match(/data-testid="round-note"/g)).toHaveLength(2);
    expect(html).toContain('乙公司的专家组缺成员 2 名。');
    for (const id of ['round-draw-result', 'round-selected-11', 'round-panel-11', 'round-exclusions-11', 'round-selected-12', 'round-panel-12'])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html).not.toContain('data-testid="round-exclusions-12"');
    expect(html).toContain('备案有效期届满（延续备案评估）；过程化资料抽检');
    expect(html).toContain('PC-2025-03');
    expect(html).toContain('回避丙');
    expect(html).toContain('与被检查机构为同一单位；上一轮已检查该机构');
    // The short panel's row is highlighted, the full one is not.
    const rowOf = (filingId: number) =>
      html.slice(html.indexOf(`data-testid="round-selected-${filingId}"`), html.indexOf('</tbody>', html.indexOf(`round-selected-${filingId}`)));
    expect(rowOf(12)).toContain('class="row-invalid"');
    expect(rowOf(11)).not.toContain('row-invalid');
    for (const id of [
      'round-verify',
      'round-verify-result',
      'round-publish-draw-pdf',
      'round-publish-draw-xlsx',
      'round-publish-results-pdf',
      'round-publish-results-xlsx',
    ])
      expect(html).toContain(`data-testid="${id}"`);
    expect(untranslated(html)).toEqual([]);
  });

  it('packs: a form per kind drawn, the passphrase, an export per leader laptop, the problem in words', () => {
    const html = renderPlan(true);
    expect(html).toContain('data-testid="round-pack-form-socialOrg"');
    expect(html).toContain('data-testid="round-pack-form-enterprise"');
    expect(html).not.toContain('data-testid="round-pack-form-college"');
    expect(html).toContain('data-testid="round-pack-passphrase"');
    expect(html).toContain('data-testid="round-pack-row-laptop-1"');
    expect(html).toContain('data-testid="round-pack-export-laptop-1"');
    // A leader without a laptop: the row says why, and offers no export.
    expect(html).toContain('data-testid="round-pack-row-ZJ-0004"');
    expect(html).toContain(language === 'zh-CN' ? '该组长没有登记笔记本' : 'This leader has no laptop');
    expect(untranslated(html)).toEqual([]);
  });
});
