import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, argIssuesOf, argMessage, errorInfoText, errorRegistry, errorText } from '../../../shared/errors';
import { errorAreas } from '../../../shared/errors/codes';
import { invalidAnswer, itemLabel } from '../../../shared/domain/scoring/invalid';

describe('error registry', () => {
  it('defines each code in one area only', () => {
    const seen = new Map<string, number>();
    errorAreas.forEach((area, index) => {
      for (const code of Object.keys(area)) {
        expect(seen.has(code), `${code} is defined in areas ${seen.get(code)} and ${index}`).toBe(false);
        seen.set(code, index);
      }
    });
  });

  it('gives every code a Chinese and an English sentence naming the same parameters', () => {
    for (const [code, text] of Object.entries(errorRegistry)) {
      expect(text.zh.trim(), code).not.toBe('');
      expect(text.en.trim(), code).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(text.en), `${code}: the English text has Chinese in it`).toBe(false);
      const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(text.en), code).toEqual(names(text.zh));
    }
  });

  it('fills parameters into the sentence of the language asked for', () => {
    expect(errorText('INTERNAL', { errorId: 'E-42' }, 'en')).toContain('E-42');
    expect(errorText('INTERNAL', { errorId: 'E-42' })).toContain('编号 E-42');
    expect(errorText('NO_SUCH_CODE', {}, 'en')).toBe('Error NO_SUCH_CODE');
  });

  it('builds an AppError whose info carries code and parameters', () => {
    const error = new AppError('INTERNAL', { errorId: 'E-1' });
    expect(error.toInfo()).toEqual({ code: 'INTERNAL', params: { errorId: 'E-1' }, message: errorText('INTERNAL', { errorId: 'E-1' }) });
  });

  it('words a `reason` code inside or after the sentence, and a `detail` after it, in the same language', () => {
    expect(errorText('NOT_FOUND', { reason: 'ARG_DATE_INVALID' }, 'en')).toBe('is not a valid date');
    expect(errorText('INVALID_ARGS', { channel: 'x', reason: 'ARG_DATE_INVALID' }, 'en')).toBe('Invalid request (x) (is not a valid date)');
    expect(errorText('INVALID_ARGS', { channel: 'x', detail: 'a.b' })).toBe('请求参数无效（x）（a.b）');
    expect(errorText('INVALID_ARGS', { channel: 'x', reason: 'not a code' }, 'en')).toBe('Invalid request (x)');
    // A detail the reason's sentence places itself is not repeated after the whole sentence.
    expect(errorText('IMPORT_CORRUPT', { reason: 'IMPORT_REASON_UNPARSABLE', detail: 'bad zip' }, 'en')).toBe(
      'The Excel file cannot be parsed and may be damaged: bad zip',
    );
  });

  it('carries a schema’s own code and parameters through the zod message', () => {
    const parsed = z.object({ size: z.number().max(10, argMessage('ARG_EVIDENCE_TOO_LARGE', { maxMb: 6 })) }).safeParse({ size: 11 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(argIssuesOf(parsed.error)).toEqual([{ path: ['size'], code: 'ARG_EVIDENCE_TOO_LARGE', params: { maximum: 10, maxMb: 6 } }]);
  });

  it('words a scoring problem at an item through nested codes, in either language', () => {
    const error = invalidAnswer(itemLabel('2.2'), 'SCORING_UNKNOWN_TIER', { tier: '4', choices: 'A、B' }, 'tier');
    expect(error.message).toBe('第2.2项：档次“4”不存在（可选：A、B）');
    expect(errorInfoText(error.toWire(), 'en')).toBe('item 2.2: there is no tier “4” (choices: A、B)');
    expect(errorInfoText(invalidAnswer(itemLabel('1.1'), 'SCORING_NOT_POINTS', { label: 'TERM_SELF_SCORE', value: 'x' }).toWire(), 'en')).toBe(
      'item 1.1: the self-score “x” is not a valid score (at most two decimals)',
    );
  });
});
