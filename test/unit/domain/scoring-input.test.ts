import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors';
import { formatPoints, parsePoints, score, scoreResultToJson } from '../../../shared/domain/scoring';
import { getTemplate } from '../../../shared/domain/templates';
import { answersWith } from './answers-helpers';

const shandong = getTemplate('shandong-enterprise-2024');
const shanxi = getTemplate('shanxi-renewal-2023');

/** The AppError thrown by fn (fails the test if none). */
function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('points', () => {
  it('formats hundredths as short decimals', () => {
    expect([1250, 9200, 40, 5, 0, -50].map(formatPoints)).toEqual(['12.5', '92', '0.4', '0.05', '0', '-0.5']);
  });

  it('parses decimals without float arithmetic and rejects more than two places', () => {
    expect([parsePoints(3.5), parsePoints('0.4'), parsePoints(0.07), parsePoints('12')]).toEqual([350, 40, 7, 1200]);
    expect(parsePoints(0.1 + 0.2)).toBeNull();
    expect(parsePoints(Number.NaN)).toBeNull();
    expect(parsePoints('1e3')).toBeNull();
  });
});

describe('score: impossible answers', () => {
  it('rejects a tier that does not exist, naming the item', () => {
    const error = errorOf(() => score(shandong, answersWith(shandong, { '2.2': { tier: '4' } })));
    expect(error.code).toBe('INVALID_ANSWER');
    expect(error.message).toContain('第2.2项');
    expect(error.message).toContain('档次“4”不存在');
  });

  it('rejects points outside a range tier and a range tier without points', () => {
    expect(errorOf(() => score(shandong, answersWith(shandong, { '1.1': { tier: '2', points: 4.5 } }))).message).toMatch(/第1\.1项.*不在/);
    expect(errorOf(() => score(shandong, answersWith(shandong, { '1.1': { tier: '2' } }))).message).toMatch(/第1\.1项.*须填写得分/);
    expect(errorOf(() => score(shandong, answersWith(shandong, { '1.1': { tier: '1', points: 3 } }))).message).toContain('固定为5分');
  });

  it('rejects negative counts with the field path', () => {
    const error = errorOf(() => score(shandong, answersWith(shandong, { '3.5': { issued: -1, uploaded: 0 } })));
    expect(error.code).toBe('INVALID_ANSWER');
    expect(error.message).toContain('items.3.5.issued');
    expect(error.message).toContain('不能为负数');
  });

  it('rejects a half-filled ratio, unknown items, rules, vetoes and the wrong template', () => {
    expect(errorOf(() => score(shandong, answersWith(shandong, { '3.5': { issued: 5 } }))).message).toContain('第3.5项');
    expect(errorOf(() => score(shandong, answersWith(shandong, { '9.9': { tier: '1' } }))).message).toContain('没有第9.9项');
    expect(errorOf(() => score(shanxi, answersWith(shanxi, { '4.4.1': { deductions: { x: [{}] } } }))).message).toContain('扣分规则“x”不存在');
    expect(errorOf(() => score(shandong, { ...answersWith(shandong), vetoes: { '7.1': { answer: '是' } } })).message).toContain('7.1');
    expect(errorOf(() => score(shandong, answersWith(shanxi))).message).toContain('shanxi-renewal-2023');
    expect(errorOf(() => score(shandong, { ...answersWith(shandong), templateVersion: '1999' })).message).toContain('1999');
  });

  it('rejects fields that do not belong to the item kind', () => {
    expect(errorOf(() => score(shandong, answersWith(shandong, { '1.1': { deductions: {} } }))).message).toMatch(/第1\.1项.*deductions/);
  });

  it('rejects a unit of the wrong kind under a per-batch rule', () => {
    const answer = { deductions: { a: [{ unit: { kind: 'occupation', id: 'X' } }] } };
    expect(errorOf(() => score(shanxi, answersWith(shanxi, { '4.1.1': answer }))).message).toContain('第4.1.1项');
  });

  it('rejects a self-score above the item maximum and a veto answer other than 是/否', () => {
    expect(errorOf(() => score(shandong, answersWith(shandong, { '1.1': { tier: '1', selfScore: 6 } }))).message).toContain('自评得分6');
    expect(errorOf(() => score(shandong, { ...answersWith(shandong), vetoes: { '6.1': { answer: 'yes' } } })).message).toContain('是');
  });

  it('rejects unknown keys so typos surface', () => {
    expect(errorOf(() => score(shandong, { ...answersWith(shandong), vetos: {} })).message).toContain('vetos');
  });
});

describe('score: partial answers', () => {
  it('lists unanswered items, treats self-score-only entries as unanswered, and never produces NaN', () => {
    const result = score(shanxi, { templateId: shanxi.id, items: { '1.1.1': { selfScore: 2 }, '1.2.1': { deductions: {} } } });
    expect(result.complete).toBe(false);
    expect(result.unansweredItems).toContain('1.1.1');
    expect(result.unansweredItems).not.toContain('1.2.1');
    expect(result.unansweredItems).not.toContain('3.3.2');
    expect(result.items.find((i) => i.itemId === '3.3.2')?.status).toBe('unanswered');
    expect(result.total).toBe(200);
    expect(result.passed).toBeNull();
    expect(result.outcome.category).toBe('undetermined');
    expect(result.items.find((i) => i.itemId === '1.1.1')).toMatchObject({ selfScore: 200, difference: null });
  });

  it('JSON form shows points as decimals and keeps counts as counts', () => {
    const result = score(shandong, answersWith(shandong, { '3.5': { issued: 10, uploaded: 9 } }));
    const json = scoreResultToJson(result) as { total: number; maximum: number; items: { itemId: string; trace: { numerator?: number }[] }[] };
    expect(json.total).toBe(100);
    expect(json.maximum).toBe(100);
    expect(json.items.find((i) => i.itemId === '3.5')?.trace[0]?.numerator).toBe(9);
  });
});
