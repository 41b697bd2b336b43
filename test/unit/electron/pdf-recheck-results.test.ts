import { describe, expect, it } from 'vitest';
import { recheckResultOf } from '../../../electron/services/pdf/load/recheck-results';
import type { RectificationFinding } from '../../../shared/domain/rectification/types';
import type { ScoreResult } from '../../../shared/domain/scoring/result';

const finding = (kind: RectificationFinding['kind'], refId: string): RectificationFinding => ({
  key: `${kind}:${refId}`,
  kind,
  refId,
  label: refId,
  pointsLostHundredths: kind === 'veto' ? null : 100,
  notes: [],
});

const item = (itemId: string, status: 'scored' | 'unanswered', points: number | null) => ({
  itemId,
  sectionId: 's',
  groupId: 'g',
  status,
  points,
  maxPoints: 300,
  trace: [],
  selfScore: null,
  difference: null,
});

const result = {
  items: [item('1.1', 'scored', 300), item('1.2', 'scored', 200), item('1.3', 'unanswered', null)],
  penalties: [
    { penaltyId: 'p1', count: 0, deducted: 0, notes: [], message: '' },
    { penaltyId: 'p2', count: 1, deducted: 100, notes: [], message: '' },
  ],
  vetoes: [
    { vetoId: 'v1', text: '', answer: '否' },
    { vetoId: 'v2', text: '', answer: '是' },
    { vetoId: 'v3', text: '', answer: null },
  ],
} as unknown as ScoreResult;

describe('整改复查 result of a listed finding', () => {
  it('R-YQ-06 an item is 已整改 only once it loses no points; unanswered is 未整改', () => {
    expect(recheckResultOf(finding('deduction', '1.1'), result)).toBe('fixed');
    expect(recheckResultOf(finding('deduction', '1.2'), result)).toBe('notFixed');
    expect(recheckResultOf(finding('deduction', '1.3'), result)).toBe('notFixed');
    expect(recheckResultOf(finding('deduction', 'gone'), result)).toBe('notFixed');
  });

  it('R-YQ-06 a 倒扣分 is 已整改 once it no longer applies, a veto once answered 否', () => {
    expect(recheckResultOf(finding('penalty', 'p1'), result)).toBe('fixed');
    expect(recheckResultOf(finding('penalty', 'p2'), result)).toBe('notFixed');
    expect(recheckResultOf(finding('veto', 'v1'), result)).toBe('fixed');
    expect(recheckResultOf(finding('veto', 'v2'), result)).toBe('notFixed');
    expect(recheckResultOf(finding('veto', 'v3'), result)).toBe('notFixed');
  });
});
