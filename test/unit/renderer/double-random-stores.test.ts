import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultRoundRules, ROUND_DRAW_ALGORITHM } from '../../../shared/domain/double-random/types';
import type { ExpertView } from '../../../shared/ipc/channels/experts';
import type { RoundPlanView } from '../../../shared/ipc/channels/round-plans';
import { useExpertPoolStore } from '../../../renderer/src/features/expert-pool/expertPoolStore';
import { useRoundDrawsStore } from '../../../renderer/src/features/round-draws/roundDrawsStore';
import { initI18n } from '../../../renderer/src/i18n';

// Issue 16 §7: the two stores talk to main only through window.api; here a fake main answers, records what it was
// asked, and refuses with registry codes, which the stores must hand back in words.

type Answer = (args: Record<string, unknown>) => unknown;
const calls: { channel: string; args: Record<string, unknown> }[] = [];
let answers: Record<string, Answer> = {};

function fakeMain(next: Record<string, Answer>) {
  answers = next;
  calls.length = 0;
  const invoke = new Proxy(
    {},
    {
      get: (_, channel: string) => async (args: Record<string, unknown>) => {
        calls.push({ channel, args });
        const answer = answers[channel];
        if (!answer) return { ok: false, error: { code: 'ROUND_PLAN_NOT_FOUND', params: { uid: channel } } };
        try {
          return { ok: true, value: await answer(args) };
        } catch (error) {
          return { ok: false, error: error as object };
        }
      },
    },
  );
  Object.assign(globalThis, { window: { api: { invoke } } });
}

const uid = 'a'.repeat(32);
const planView = (drawn: boolean): RoundPlanView => ({
  round: { uid, name: '2026年度延续备案评估', year: 2026, origin: 'office', openedBy: '某局', openedAt: '2026-02-01' },
  rules: defaultRoundRules(2026),
  seedHash: 'd'.repeat(64),
  seedSource: 'generated',
  seedNote: null,
  seed: drawn ? 'c'.repeat(64) : null,
  createdBy: '某局',
  createdAt: '2026-02-01',
  draw: drawn
    ? {
        algorithm: ROUND_DRAW_ALGORITHM,
        roundUid: uid,
        roundName: '2026年度延续备案评估',
        seed: 'c'.repeat(64),
        seedHash: 'd'.repeat(64),
        rules: defaultRoundRules(2026),
        institutionDirectoryHash: 'e'.repeat(64),
        expertDirectoryHash: 'f'.repeat(64),
        counts: { filings: 0, experts: 0, activeExperts: 0 },
        drawnAt: '2026-03-01',
        drawnBy: '某局',
        selected: [],
        panels: [],
        notes: [],
      }
    : null,
});

beforeAll(() => {
  initI18n('zh-CN');
});

afterEach(() => {
  useRoundDrawsStore.setState(useRoundDrawsStore.getInitialState(), true);
  useExpertPoolStore.setState(useExpertPoolStore.getInitialState(), true);
});

describe('the round draws store', () => {
  it('create shows the new plan and reloads the list; packs are asked only once the plan is drawn', async () => {
    fakeMain({ 'roundPlans:create': () => planView(false), 'roundPlans:list': () => [], 'roundPlans:packs': () => [] });
    expect(await useRoundDrawsStore.getState().create({ name: '2026年度延续备案评估', year: 2026 })).toBeNull();
    expect(useRoundDrawsStore.getState().plan?.round.uid).toBe(uid);
    expect(calls.map((c) => c.channel)).toEqual(['roundPlans:create', 'roundPlans:list']);

    fakeMain({ 'roundPlans:draw': () => planView(true), 'roundPlans:list': () => [], 'roundPlans:packs': () => [] });
    expect(await useRoundDrawsStore.getState().draw()).toBeNull();
    expect(calls).toEqual([
      { channel: 'roundPlans:draw', args: { roundUid: uid } },
      { channel: 'roundPlans:list', args: {} },
      { channel: 'roundPlans:packs', args: { roundUid: uid } },
    ]);
  });

  it('saveRules sends the rules for the shown plan; main’s refusal comes back in the registry’s words, the plan unchanged', async () => {
    useRoundDrawsStore.setState({ plan: planView(false) });
    fakeMain({
      'roundPlans:setRules': () => {
        throw { code: 'ROUND_ALREADY_DRAWN', params: { name: '2026年度延续备案评估', drawnAt: '2026-03-01' } };
      },
    });
    const rules = { ...defaultRoundRules(2026), spotCheckPercent: { enterprise: 5, college: 0, socialOrg: 20 } };
    const failure = await useRoundDrawsStore.getState().saveRules(rules);
    expect(calls).toEqual([{ channel: 'roundPlans:setRules', args: { roundUid: uid, rules } }]);
    expect(failure).toContain('已于 2026-03-01 抽取');
    expect(useRoundDrawsStore.getState().plan?.rules).toEqual(defaultRoundRules(2026));
    expect(useRoundDrawsStore.getState().busy).toBe(false);
  });

  it('without a shown plan nothing is asked of main', async () => {
    fakeMain({});
    expect(await useRoundDrawsStore.getState().draw()).toBeNull();
    await useRoundDrawsStore.getState().verify();
    expect(calls).toEqual([]);
  });

  it('verify keeps main’s problems as they are', async () => {
    useRoundDrawsStore.setState({ plan: planView(true) });
    fakeMain({ 'roundPlans:verify': () => ({ ok: false, problems: ['检查人员名录哈希不同'] }) });
    await useRoundDrawsStore.getState().verify();
    expect(useRoundDrawsStore.getState().verification).toEqual({ ok: false, problems: ['检查人员名录哈希不同'] });
  });
});

describe('the expert pool store', () => {
  const expert = { id: 1, code: 'ZJ-0001', name: '张三' } as ExpertView;

  it('the search and the 在库 toggle go to main; an older answer never overwrites a newer search', async () => {
    let release: (() => void) | undefined;
    fakeMain({
      'experts:list': (args) =>
        args.activeOnly === false ? new Promise((resolve) => (release = () => resolve([{ ...expert, name: '旧结果' }]))) : [expert],
    });
    useExpertPoolStore.getState().setQuery('张');
    useExpertPoolStore.getState().setActiveOnly(true);
    await new Promise((r) => setTimeout(r, 0));
    release?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.map((c) => c.args)).toEqual([
      { query: '张', activeOnly: false },
      { query: '张', activeOnly: true },
    ]);
    expect(useExpertPoolStore.getState().experts.map((e) => e.name)).toEqual(['张三']);
  });

  it('save closes the form and reloads; a refusal keeps the form open and says why in words', async () => {
    useExpertPoolStore.setState({ editing: { mode: 'new' } });
    fakeMain({ 'experts:save': () => expert, 'experts:list': () => [expert] });
    const args = {
      name: '张三',
      idNumber: '370102199001011234',
      employerName: null,
      employerUscc: null,
      region: null,
      specialties: [],
      roles: ['member' as const],
      active: true,
      deviceKey: null,
      conflicts: [],
    };
    expect(await useExpertPoolStore.getState().save(args)).toBeNull();
    expect(useExpertPoolStore.getState()).toMatchObject({ editing: { mode: 'closed' }, saved: expert, experts: [expert] });

    useExpertPoolStore.setState({ editing: { mode: 'new' } });
    fakeMain({});
    const failure = await useExpertPoolStore.getState().save(args);
    expect(failure).toMatch(/没有抽取计划/);
    expect(useExpertPoolStore.getState().editing).toEqual({ mode: 'new' });
  });
});
